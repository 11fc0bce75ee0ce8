package org.seniortutorkit.regulation;

import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.mitigation.PanelRecommendation;

/**
 * Prepares a pending claim for the Mitigation Advisory Panel by running every claim rule: no findings means
 * recommend upholding; only missing evidence means ask for it; anything else means recommend not upholding.
 */
public final class MitigationAdvice {
  private final List<ClaimRule> rules;

  public MitigationAdvice(List<ClaimRule> rules) {
    this.rules = List.copyOf(rules);
  }

  public MitigationRecommendation prepare(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    List<Finding> reasons = rules.stream()
        .flatMap(rule -> rule.check(claim, file, policy, calendar).stream())
        .toList();
    return MitigationRecommendation.builder().claim(claim.id()).student(claim.student().value())
        .recommendation(recommendationFor(reasons)).reasons(reasons).build();
  }

  private static PanelRecommendation recommendationFor(List<Finding> reasons) {
    if (reasons.isEmpty()) {
      return PanelRecommendation.UPHOLD;
    }
    boolean onlyEvidence = reasons.stream().allMatch(r -> r.outcome() == FindingOutcome.EVIDENCE_MISSING);
    return onlyEvidence ? PanelRecommendation.REQUEST_EVIDENCE : PanelRecommendation.DO_NOT_UPHOLD;
  }
}
