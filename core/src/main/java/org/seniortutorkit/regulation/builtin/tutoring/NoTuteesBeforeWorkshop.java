package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/** TUT-WORKSHOP: no tutor is given tutees before completing the Introduction to Personal Tutoring workshop. */
public final class NoTuteesBeforeWorkshop implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-WORKSHOP");
  }

  @Override
  public String title() {
    return "No tutees before the Introduction to Personal Tutoring workshop";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    List<String> early = caseload.assignments().stream()
        .filter(a -> !caseload.tutor().canTakeTuteesOn(a.madeOn()))
        .map(a -> a.student().value() + " (assigned " + a.madeOn() + ")")
        .toList();
    if (early.isEmpty()) {
      return Optional.empty();
    }
    String completed = caseload.tutor().training().introductionToPersonalTutoringCompletedOn()
        .map(d -> "completed the workshop on " + d).orElse("has not completed the workshop");
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.HIGH, FindingOutcome.NOT_YET_TRAINED,
        early.size() + " tutee(s) assigned before the tutor was trained; the tutor " + completed, early));
  }
}
