package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/**
 * TUT-FIRST-YEAR-MEETING: every first-year tutee is met within the first N weeks of their first term, when
 * new students most need a point of contact. Needs the calendar; judged once the N weeks have passed.
 */
public final class FirstYearsMetEarly implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-FIRST-YEAR-MEETING");
  }

  @Override
  public String title() {
    return "First-years met within their first N weeks";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    Optional<Term> first = caseload.calendar().map(c -> c.terms().get(0));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    int weeks = policy.number(PolicySetting.FIRST_YEAR_MEETING_WITHIN_WEEKS);
    LocalDate start = first.get().startsOn();
    LocalDate deadline = start.plusWeeks(weeks).minusDays(1);
    if (!asOf.isAfter(deadline)) {
      return Optional.empty();
    }
    List<String> unmet = caseload.tutees().stream()
        .filter(tutee -> tutee.isFirstYear() && tutee.isActive())
        .filter(tutee -> caseload.meetingsWith(tutee).stream()
            .noneMatch(m -> !m.heldOn().isBefore(start) && !m.heldOn().isAfter(deadline)))
        .map(tutee -> tutee.id().value())
        .toList();
    if (unmet.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.MEDIUM, FindingOutcome.FIRST_YEAR_NOT_MET,
        unmet.size() + " first-year tutee(s) not met between " + start + " and " + deadline + " (first "
            + weeks + " weeks)", unmet));
  }
}
