package org.seniortutorkit.regulation.builtin.mitigation;

import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.ClaimRule;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.StudentFile;

/** MIT-SELF-CERT-MINOR-ONLY: self-certification covers late submission of minor coursework only. */
public final class SelfCertificationForMinorCourseworkOnly implements ClaimRule {
  @Override
  public RuleId id() {
    return RuleId.of("MIT-SELF-CERT-MINOR-ONLY");
  }

  @Override
  public String title() {
    return "Self-certification only for minor coursework";
  }

  @Override
  public Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    if (claim.kind() != ClaimKind.SELF_CERTIFICATION || claim.minorCoursework()) {
      return Optional.empty();
    }
    return Optional.of(ClaimFindings.against(this, policy, claim, FindingOutcome.NOT_SELF_CERTIFIABLE,
        claim.module() + "/" + claim.assessment() + " is not minor coursework; an evidenced claim is needed"));
  }
}
