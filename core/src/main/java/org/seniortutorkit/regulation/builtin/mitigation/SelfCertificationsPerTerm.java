package org.seniortutorkit.regulation.builtin.mitigation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.ClaimRule;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.StudentFile;

/**
 * MIT-SELF-CERT-COUNT: a student makes at most N self-certifications in a term. Claims are counted in
 * assessment-date order, so the first N of a term are within the limit and later ones are not. Without a
 * calendar the period is the academic year (and the explanation says so).
 */
public final class SelfCertificationsPerTerm implements ClaimRule {
  @Override
  public RuleId id() {
    return RuleId.of("MIT-SELF-CERT-COUNT");
  }

  @Override
  public String title() {
    return "At most N self-certifications a term";
  }

  @Override
  public Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    if (claim.kind() != ClaimKind.SELF_CERTIFICATION) {
      return Optional.empty();
    }
    int max = policy.number(PolicySetting.SELF_CERTIFICATIONS_PER_TERM);
    Optional<Term> term = calendar.flatMap(c -> c.termContaining(claim.assessmentDate()));
    Predicate<LocalDate> samePeriod = term.<Predicate<LocalDate>>map(t -> t::contains)
        .orElse(d -> AcademicYear.containing(d).equals(AcademicYear.containing(claim.assessmentDate())));
    List<MitigatingCircumstancesClaim> inPeriod = file.claims().stream()
        .filter(c -> c.kind() == ClaimKind.SELF_CERTIFICATION && c.status() != ClaimStatus.REJECTED)
        .filter(c -> samePeriod.test(c.assessmentDate()))
        .sorted(Comparator.comparing(MitigatingCircumstancesClaim::assessmentDate)
            .thenComparing(MitigatingCircumstancesClaim::id))
        .toList();
    int position = inPeriod.indexOf(claim) + 1;
    if (position <= max) {
      return Optional.empty();
    }
    String period = term.map(t -> "the " + t.name() + " term")
        .orElse(AcademicYear.containing(claim.assessmentDate()) + " (no calendar: counted by academic year)");
    return Optional.of(ClaimFindings.against(this, policy, claim, FindingOutcome.SELF_CERTIFICATION_LIMIT,
        "self-certification " + position + " in " + period + "; at most " + max + " are allowed"));
  }
}
