package org.seniortutorkit.regulation.builtin.panels;

import java.util.List;
import org.seniortutorkit.kernel.PanelId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.PanelRule;
import org.seniortutorkit.regulation.panels.PanelProposal;

/** The shape every panel finding shares: the panel must be re-formed before it sits. */
final class PanelFindings {
  private PanelFindings() {}

  static Finding reconstitute(PanelRule rule, Policy policy, PanelProposal panel, String explanation,
      List<String> members) {
    return Finding.by(rule, policy).subject(Subject.panel(PanelId.of(panel.id())))
        .severity(Severity.HIGH).action(RecommendedAction.RECONSTITUTE_PANEL).outcome(FindingOutcome.PANEL_NOT_VALID)
        .explanation(explanation).addAllReferences(members).build();
  }
}
