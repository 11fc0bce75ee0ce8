package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/** TUT-MAX-TUTEES: a tutor has at most the maximum tutees for a full-time tutor, scaled by their FTE. */
public final class MaximumTutees implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-MAX-TUTEES");
  }

  @Override
  public String title() {
    return "At most the maximum number of tutees (scaled by FTE)";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    AcademicYear year = AcademicYear.containing(asOf);
    long tutees = caseload.assignments().stream().filter(a -> a.academicYear().equals(year))
        .map(a -> a.student()).distinct().count();
    int limit = (int) Math.floor(policy.number(PolicySetting.MAX_TUTEES_PER_FULL_TIME_TUTOR)
        * caseload.tutor().fte() + 1e-9);
    if (tutees <= limit) {
      return Optional.empty();
    }
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.MEDIUM, FindingOutcome.OVER_LIMIT,
        tutees + " tutees in " + year + ", above the limit of " + limit + " for FTE " + caseload.tutor().fte(),
        java.util.List.of()));
  }
}
