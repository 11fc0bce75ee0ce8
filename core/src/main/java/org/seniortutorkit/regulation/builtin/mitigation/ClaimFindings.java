package org.seniortutorkit.regulation.builtin.mitigation;

import org.seniortutorkit.kernel.ClaimId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.ClaimRule;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;

/** The shape claim findings share: about the claim, for the Mitigation Advisory Panel. */
final class ClaimFindings {
  private ClaimFindings() {}

  static Finding against(ClaimRule rule, Policy policy, MitigatingCircumstancesClaim claim, FindingOutcome outcome,
      String explanation) {
    return Finding.by(rule, policy).subject(Subject.claim(ClaimId.of(claim.id()))).severity(Severity.MEDIUM)
        .action(RecommendedAction.REFER_TO_MITIGATION_PANEL).outcome(outcome).explanation(explanation)
        .addReferences(claim.student().value(), claim.module() + "/" + claim.assessment()).build();
  }
}
