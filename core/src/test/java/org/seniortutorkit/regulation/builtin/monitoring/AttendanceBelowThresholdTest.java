package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.attendance;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.monitoring.AttendanceRate;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.student.ComplexNeed;

class AttendanceBelowThresholdTest {
  private final AttendanceBelowThreshold rule = new AttendanceBelowThreshold();

  @Test
  void attendance_exactly_at_the_threshold_is_not_a_concern() {
    assertThat(rule.check(file().withAttendance(attendance(AS_OF, 20, 14)), policy(), AS_OF)).isEmpty();
  }

  @Test
  void attendance_just_below_the_threshold_is_a_concern_for_the_tutor() {
    Finding finding = rule.check(file().withAttendance(attendance(AS_OF, 20, 13)), policy(), AS_OF).orElseThrow();
    assertThat(finding.ruleId()).isEqualTo(RuleId.of("MON-ATTENDANCE"));
    assertThat(finding.subject()).isEqualTo(Subject.student(file().id()));
    assertThat(finding.outcome()).isEqualTo(FindingOutcome.CAUSE_FOR_CONCERN);
    assertThat(finding.citation()).isEqualTo("Student Engagement Policy §2.2 (Attendance monitoring)");
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(finding.action()).isEqualTo(RecommendedAction.TUTOR_FOLLOW_UP);
    assertThat(finding.explanation())
        .isEqualTo("attended 13 of 20 sessions (65%) in the 4 weeks to 2026-11-27, below 70%");
  }

  @Test
  void attendance_below_half_the_threshold_goes_to_the_senior_tutor() {
    Finding finding = rule.check(file().withAttendance(attendance(AS_OF, 20, 6)), policy(), AS_OF).orElseThrow();
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.action()).isEqualTo(RecommendedAction.ESCALATE_TO_SENIOR_TUTOR);
  }

  @Test
  void a_student_with_a_disability_support_plan_gets_the_action_any_student_would_get() {
    // A finding travels (tables, reports, a tutor's screen): "refer to the Disability Officer" would disclose
    // the plan. The referral is said only in a permitted view (access.StudentView#referralFor).
    var student = RegulationSamples.student().withComplexNeeds(List.of(ComplexNeed.DISABILITY_SUPPORT_PLAN));
    var file = org.seniortutorkit.regulation.StudentFile.of(student).withAttendance(attendance(AS_OF, 20, 6));
    assertThat(rule.check(file, policy(), AS_OF).orElseThrow().action())
        .isEqualTo(RecommendedAction.ESCALATE_TO_SENIOR_TUTOR);
  }

  @Test
  void sessions_before_the_rolling_window_do_not_count() {
    var old = attendance(AS_OF.minusWeeks(5), 20, 0);
    var recent = attendance(AS_OF, 10, 10);
    var events = new java.util.ArrayList<>(old);
    events.addAll(recent);
    assertThat(rule.check(file().withAttendance(events), policy(), AS_OF)).isEmpty();
  }

  @Test
  void too_few_sessions_in_the_window_are_not_judged() {
    assertThat(rule.check(file().withAttendance(attendance(AS_OF, 4, 0)), policy(), AS_OF)).isEmpty();
  }

  @Test
  void an_attendance_rate_needs_sessions_to_be_below_anything() {
    assertThat(new AttendanceRate(0, 0).isBelow(70)).isFalse();
    assertThat(new AttendanceRate(0, 0).percent()).isEqualTo(100);
  }

  @Test
  void an_attendance_event_needs_a_student() {
    assertThatThrownBy(() -> AttendanceEvent.of(null, AS_OF, true)).isInstanceOf(NullPointerException.class);
  }
}
