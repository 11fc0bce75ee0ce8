package org.seniortutorkit.regulation.builtin.tutoring;

import java.util.List;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;

/** The shape tutoring findings share: about a member of staff, for the Senior Tutor to act on. */
final class TutorFindings {
  private TutorFindings() {}

  static Finding about(TutorRule rule, Policy policy, TutorCaseload caseload, Severity severity, FindingOutcome outcome,
      String explanation, List<String> references) {
    return Finding.by(rule, policy).subject(Subject.tutor(caseload.id())).severity(severity)
        .action(RecommendedAction.ESCALATE_TO_SENIOR_TUTOR).outcome(outcome).explanation(explanation)
        .addAllReferences(references).build();
  }
}
