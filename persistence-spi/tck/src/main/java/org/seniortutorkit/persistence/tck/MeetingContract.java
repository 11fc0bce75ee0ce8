package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.tutoring.MeetingQuery;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.TutorMeeting;

/** Tutor meetings: the special-category private note round-trips exactly, and meetings are found by who and when. */
public abstract class MeetingContract extends AggregateContract<MeetingId, TutorMeeting, MeetingQuery> {
  @Override
  protected AggregateRepository<MeetingId, TutorMeeting, MeetingQuery> repository(UnitOfWork work) {
    return work.meetings();
  }

  @Override
  protected TutorMeeting sample(int n) {
    return TckData.meeting(n);
  }

  @Override
  protected MeetingId idOf(TutorMeeting value) {
    return value.id();
  }

  @Override
  protected TutorMeeting changed(TutorMeeting value) {
    return value.withPrivateNote("Changed note").withHeldOn(value.heldOn().plusDays(1));
  }

  @Override
  protected String aggregateName() {
    return "TutorMeeting";
  }

  @Override
  protected MeetingQuery everything() {
    return MeetingQuery.all();
  }

  @Test
  void a_long_private_note_round_trips_exactly() {
    String note = "Line one: health — anxiety; “quotes” and 李\nLine two\t with tab. ".repeat(150);
    TutorMeeting meeting = TckData.meeting(10).withPrivateNote(note);
    create(meeting);

    TutorMeeting back = find(meeting.id()).orElseThrow().value();

    assertThat(back.privateNote()).contains(note);
    assertThat(back).isEqualTo(meeting);
  }

  @Test
  void a_meeting_without_a_private_note_round_trips_with_it_absent() {
    TutorMeeting meeting = TckData.meeting(11);
    create(meeting);

    assertThat(find(meeting.id()).orElseThrow().value().privateNote()).isEmpty();
  }

  @Test
  void queries_narrow_by_student_tutor_and_academic_year() {
    run(work -> work.meetings().createAll(IntStream.range(0, 50).mapToObj(n -> TckData.meeting(n, 10)).toList()));
    create(TckData.meeting(99, 10).withHeldOn(AcademicYear.of(2025).endsOn()));

    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.builder().student(TckData.studentId(3)).build())))
        .isEqualTo(5);
    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.builder().tutor(TckData.tutorId(3)).build())))
        .isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.builder().academicYear(TckData.YEAR).build())))
        .isEqualTo(50);
    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.builder().academicYear(AcademicYear.of(2025)).build())))
        .isEqualTo(1);
  }
}
