package org.seniortutorkit.regulation.builtin.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.monitoring.AttendanceRate;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;

/**
 * MON-ATTENDANCE: attendance below the threshold over the rolling window ending on the check date. Windows
 * with too few registered sessions are not judged. Below half the threshold is serious (HIGH).
 */
public final class AttendanceBelowThreshold implements StudentRule {
  @Override
  public RuleId id() {
    return RuleId.of("MON-ATTENDANCE");
  }

  @Override
  public String title() {
    return "Attendance below threshold over a rolling window";
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    int threshold = policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT);
    int weeks = policy.number(PolicySetting.ATTENDANCE_WINDOW_WEEKS);
    LocalDate from = asOf.minusWeeks(weeks);
    AttendanceRate rate = AttendanceRate.over(file.attendance(), from, asOf);
    if (rate.sessions() < policy.number(PolicySetting.ATTENDANCE_MINIMUM_SESSIONS) || !rate.isBelow(threshold)) {
      return Optional.empty();
    }
    Severity severity = rate.isBelow(threshold / 2) ? Severity.HIGH : Severity.MEDIUM;
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(severity).action(ConcernRouting.actionFor(severity))
        .outcome(FindingOutcome.CAUSE_FOR_CONCERN)
        .explanation(rate + " in the " + weeks + " weeks to " + asOf + ", below " + threshold + "%")
        .build());
  }
}
