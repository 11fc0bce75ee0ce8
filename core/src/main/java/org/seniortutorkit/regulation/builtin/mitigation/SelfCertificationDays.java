package org.seniortutorkit.regulation.builtin.mitigation;

import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.ClaimRule;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.StudentFile;

/** MIT-SELF-CERT-DAYS: a self-certified extension is at most N calendar days. */
public final class SelfCertificationDays implements ClaimRule {
  @Override
  public RuleId id() {
    return RuleId.of("MIT-SELF-CERT-DAYS");
  }

  @Override
  public String title() {
    return "Self-certified extensions of at most N days";
  }

  @Override
  public Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    int max = policy.number(PolicySetting.SELF_CERTIFICATION_MAX_DAYS);
    if (claim.kind() != ClaimKind.SELF_CERTIFICATION || claim.daysRequested() <= max) {
      return Optional.empty();
    }
    return Optional.of(ClaimFindings.against(this, policy, claim, FindingOutcome.EXTENSION_TOO_LONG,
        claim.daysRequested() + " days requested; self-certification allows at most " + max));
  }
}
