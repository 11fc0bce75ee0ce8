package org.seniortutorkit.regulation.builtin.withdrawal;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.monitoring.AttendanceRate;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.regulation.WithdrawalStage;
import org.seniortutorkit.regulation.WithdrawalWarning;

/**
 * WDR-PROCEDURE: recommends the next stage of the withdrawal procedure when engagement shows no improvement.
 *
 * <ul>
 *   <li>No warning yet: attendance below the threshold in each half of the review period (e.g. 10 weeks)
 *       means a FIRST_WARNING.
 *   <li>After a warning: once the warning interval (e.g. 4 weeks) has passed, attendance since the warning
 *       still below the threshold in each half of that time means the next stage (SECOND_WARNING, then
 *       REFERRED_TO_REGISTRY).
 *   <li>Improvement (attendance at or above the threshold in either half) stops the procedure.
 * </ul>
 */
public final class WithdrawalProcedure implements StudentRule {
  @Override
  public RuleId id() {
    return RuleId.of("WDR-PROCEDURE");
  }

  @Override
  public String title() {
    return "Staged warnings, then referral to Registry, when there is no improvement";
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    if (!file.student().isActive()) {
      return Optional.empty();
    }
    Optional<WithdrawalWarning> latest = file.latestWarning();
    if (latest.filter(w -> w.stage() == WithdrawalStage.REFERRED_TO_REGISTRY).isPresent()) {
      return Optional.empty();
    }
    int threshold = policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT);
    LocalDate from = latest.map(WithdrawalWarning::issuedOn)
        .orElse(asOf.minusWeeks(policy.number(PolicySetting.WITHDRAWAL_REVIEW_PERIOD_WEEKS)));
    if (latest.isPresent() && latest.get().issuedOn()
        .plusWeeks(policy.number(PolicySetting.WITHDRAWAL_WARNING_INTERVAL_WEEKS)).isAfter(asOf)) {
      return Optional.empty();
    }
    AttendanceRate rate = AttendanceRate.over(file.attendance(), from, asOf);
    if (!lowThroughout(file, from, asOf, threshold, policy.number(PolicySetting.ATTENDANCE_MINIMUM_SESSIONS))) {
      return Optional.empty();
    }
    WithdrawalStage next = latest.map(w -> w.stage().next()).orElse(WithdrawalStage.FIRST_WARNING);
    String since = latest.map(w -> "since the " + w.stage() + " of " + w.issuedOn())
        .orElse("over the review period from " + from);
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(next == WithdrawalStage.FIRST_WARNING ? Severity.MEDIUM : Severity.HIGH)
        .action(next == WithdrawalStage.REFERRED_TO_REGISTRY ? RecommendedAction.REFER_TO_REGISTRY
            : RecommendedAction.ESCALATE_TO_SENIOR_TUTOR)
        .outcome(FindingOutcome.ofStage(next))
        .explanation("no improvement: " + rate + " " + since + " to " + asOf + ", below " + threshold
            + "%; next stage " + next)
        .build());
  }

  /**
   * Low in both halves of the period, not just overall: a student whose attendance has recovered in the
   * second half is improving, and one with no record in the first half has not been low for the whole period.
   */
  private static boolean lowThroughout(StudentFile file, LocalDate from, LocalDate to, int threshold,
      int minimumSessions) {
    LocalDate middle = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2);
    for (AttendanceRate half : java.util.List.of(AttendanceRate.over(file.attendance(), from, middle),
        AttendanceRate.over(file.attendance(), middle, to))) {
      if (half.sessions() < minimumSessions || !half.isBelow(threshold)) {
        return false;
      }
    }
    return true;
  }
}
