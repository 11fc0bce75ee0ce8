package org.seniortutorkit.regulation.builtin.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.PanelRule;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;

/** PANEL-NO-CONFLICT: no member with a conflict of interest sits. */
public final class NoConflictOfInterest implements PanelRule {
  @Override
  public RuleId id() {
    return RuleId.of("PANEL-NO-CONFLICT");
  }

  @Override
  public String title() {
    return "No panel member has a conflict of interest";
  }

  @Override
  public Optional<Finding> check(PanelProposal panel, Policy policy,
      Function<DepartmentId, Policy> departmentPolicy) {
    List<String> conflicted = panel.members().stream()
        .filter(PanelMember::conflictOfInterest).map(m -> m.staff().value()).toList();
    if (conflicted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PanelFindings.reconstitute(this, policy, panel,
        "member(s) " + conflicted + " have a conflict of interest with the case", conflicted));
  }
}
