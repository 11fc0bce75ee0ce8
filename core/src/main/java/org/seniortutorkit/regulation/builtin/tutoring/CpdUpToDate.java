package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/**
 * TUT-CPD: a tutor with tutees has done tutoring CPD within the last N years (counted from the workshop if
 * they have done no CPD since).
 */
public final class CpdUpToDate implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-CPD");
  }

  @Override
  public String title() {
    return "Tutoring CPD every N years";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    if (caseload.assignments().isEmpty()) {
      return Optional.empty();
    }
    int years = policy.number(PolicySetting.CPD_EVERY_YEARS);
    var training = caseload.tutor().training();
    Optional<LocalDate> last = training.lastCpdOn().or(training::introductionToPersonalTutoringCompletedOn);
    if (last.isPresent() && !last.get().isBefore(asOf.minusYears(years))) {
      return Optional.empty();
    }
    String why = last.map(d -> "last tutoring CPD (or workshop) on " + d + ", more than " + years
        + " years before " + asOf).orElse("no tutoring CPD or workshop on record");
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.LOW, FindingOutcome.CPD_DUE, why,
        java.util.List.of()));
  }
}
