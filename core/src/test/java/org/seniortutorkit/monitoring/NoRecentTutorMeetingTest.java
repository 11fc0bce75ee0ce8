package org.seniortutorkit.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.id;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.staff.StaffId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorMeeting;

class NoRecentTutorMeetingTest {
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
  void no_meeting_on_record_is_a_concern() {
    assertThat(rule.check(file(), policy(), AS_OF).orElseThrow().explanation())
        .isEqualTo("has no tutor meeting on record (limit 8 weeks)");
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
