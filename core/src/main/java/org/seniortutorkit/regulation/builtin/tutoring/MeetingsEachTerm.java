package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.Comparator;
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
 * TUT-MEETINGS-PER-TERM: in the most recent completed term, each tutee had at least the minimum number of
 * meetings. Judged only on completed terms so that early in a term nobody is flagged; needs the calendar.
 */
public final class MeetingsEachTerm implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-MEETINGS-PER-TERM");
  }

  @Override
  public String title() {
    return "At least N meetings with each tutee a term";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    Optional<Term> term = caseload.calendar().flatMap(c -> c.terms().stream()
        .filter(t -> t.endsOn().isBefore(asOf)).max(Comparator.comparing(Term::endsOn)));
    int minimum = policy.number(PolicySetting.MIN_MEETINGS_PER_TERM);
    if (term.isEmpty() || minimum == 0) {
      return Optional.empty();
    }
    List<String> tooFew = caseload.tutees().stream()
        .filter(tutee -> caseload.meetingsWith(tutee).stream()
            .filter(m -> term.get().contains(m.heldOn())).count() < minimum)
        .map(tutee -> tutee.id().value())
        .toList();
    if (tooFew.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.MEDIUM, FindingOutcome.TOO_FEW_MEETINGS,
        tooFew.size() + " tutee(s) had fewer than " + minimum + " meetings in the " + term.get().name()
            + " term", tooFew));
  }
}
