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

/** MIT-EVIDENCE: a claim other than a self-certification carries independent evidence, where policy says so. */
public final class EvidenceProvided implements ClaimRule {
  @Override
  public RuleId id() {
    return RuleId.of("MIT-EVIDENCE");
  }

  @Override
  public String title() {
    return "Evidenced claims carry independent evidence";
  }

  @Override
  public Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    if (claim.kind() != ClaimKind.EVIDENCED || claim.evidenceProvided()
        || !policy.flag(PolicySetting.EVIDENCE_REQUIRED)) {
      return Optional.empty();
    }
    return Optional.of(ClaimFindings.against(this, policy, claim, FindingOutcome.EVIDENCE_MISSING,
        "no independent evidence supplied with the claim"));
  }
}
