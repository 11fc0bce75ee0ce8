package org.seniortutorkit.regulation.builtin.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.PanelRule;
import org.seniortutorkit.regulation.panels.PanelProposal;

/** PANEL-DIFFERENT-FACULTY: members come from a faculty other than the student's, so the panel is independent. */
public final class MembersFromAnotherFaculty implements PanelRule {
  @Override
  public RuleId id() {
    return RuleId.of("PANEL-DIFFERENT-FACULTY");
  }

  @Override
  public String title() {
    return "Panel members come from another faculty";
  }

  @Override
  public Optional<Finding> check(PanelProposal panel, Policy policy,
      Function<DepartmentId, Policy> departmentPolicy) {
    if (!policy.flag(PolicySetting.PANEL_MEMBERS_FROM_DIFFERENT_FACULTY)) {
      return Optional.empty();
    }
    List<String> sameFaculty = panel.members().stream()
        .filter(m -> m.faculty().equals(panel.studentFaculty()))
        .map(m -> m.staff().value()).toList();
    if (sameFaculty.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PanelFindings.reconstitute(this, policy, panel,
        sameFaculty.size() + " member(s) " + sameFaculty + " are from the student's own faculty "
            + panel.studentFaculty(), sameFaculty));
  }
}
