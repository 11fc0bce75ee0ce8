package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.id;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorMeeting;

class NoRecentTutorMeetingTest {
  private static final LocalDate TERM_STARTS = LocalDate.of(2026, 9, 28);
  private static final AcademicCalendar CALENDAR = AcademicCalendar.builder().year(AcademicYear.of(2026))
      .addTerms(Term.of("Autumn", TERM_STARTS, LocalDate.of(2026, 12, 11))).build();

  private final NoRecentTutorMeeting rule = new NoRecentTutorMeeting();

  static TutorMeeting meeting(String id, LocalDate on) {
    return TutorMeeting.builder().id(MeetingId.of(id)).student(id()).tutor(StaffId.of("T0042")).heldOn(on)
        .kind(MeetingKind.ONE_TO_ONE).requestedBy(MeetingRequester.TUTOR).build();
  }

  @Test
  void a_meeting_exactly_eight_weeks_ago_is_recent_enough() {
    assertThat(rule.check(file().withMeetings(List.of(meeting("M1", AS_OF.minusWeeks(8)))), policy(), AS_OF))
        .isEmpty();
  }

  @Test
  void a_meeting_a_day_longer_ago_is_a_concern_for_the_tutor() {
    var finding = rule.check(file().withMeetings(List.of(meeting("M1", AS_OF.minusWeeks(8).minusDays(1)))),
        policy(), AS_OF).orElseThrow();
    assertThat(finding.action()).isEqualTo(RecommendedAction.TUTOR_FOLLOW_UP);
    assertThat(finding.explanation()).startsWith("last met their tutor on 2026-10-01");
  }

  @Test
  void no_meeting_on_record_is_a_concern_counted_from_when_teaching_began() {
    assertThat(rule.check(file().withCalendar(CALENDAR), policy(), AS_OF).orElseThrow().explanation())
        .isEqualTo("has no tutor meeting on record since teaching began on 2026-09-28, 8 weeks and 4 days before"
            + " 2026-11-27 (limit 8 weeks)");
  }

  @Test
  void early_in_the_first_term_a_student_not_yet_met_is_not_yet_a_concern() {
    LocalDate threeWeeksIn = TERM_STARTS.plusWeeks(3);

    assertThat(rule.check(file().withCalendar(CALENDAR), policy(), threeWeeksIn)).isEmpty();
  }

  @Test
  void the_limit_counts_from_the_start_of_teaching_to_the_day() {
    LocalDate limitReached = TERM_STARTS.plusWeeks(8);

    assertThat(rule.check(file().withCalendar(CALENDAR), policy(), limitReached)).isEmpty();
    assertThat(rule.check(file().withCalendar(CALENDAR), policy(), limitReached.plusDays(1)).orElseThrow()
        .explanation()).contains("8 weeks and 1 day before");
  }

  @Test
  void a_meeting_last_year_does_not_make_a_student_overdue_before_the_limit_passes_this_year() {
    var file = file().withCalendar(CALENDAR).withMeetings(List.of(meeting("M1", LocalDate.of(2026, 6, 15))));

    assertThat(rule.check(file, policy(), TERM_STARTS.plusWeeks(5))).isEmpty();
    assertThat(rule.check(file, policy(), AS_OF).orElseThrow().explanation())
        .startsWith("last met their tutor on 2026-06-15");
  }

  @Test
  void without_a_calendar_the_academic_year_start_stands_in_for_the_first_term() {
    assertThat(rule.check(file(), policy(), AS_OF).orElseThrow().explanation())
        .startsWith("has no tutor meeting on record since teaching began on 2026-08-01");
  }

  @Test
  void a_student_who_has_interrupted_is_not_chased() {
    var file = org.seniortutorkit.regulation.StudentFile.of(
        org.seniortutorkit.regulation.RegulationSamples.student().withStatus(StudentStatus.INTERRUPTED));
    assertThat(rule.check(file, policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_meeting_needs_an_id() {
    assertThatThrownBy(() -> meeting("", AS_OF)).hasMessageContaining("must not be blank");
  }
}
