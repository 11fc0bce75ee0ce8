package org.seniortutorkit.regulation.builtin.panels;

import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.PanelRule;
import org.seniortutorkit.regulation.panels.PanelKind;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;

/**
 * PANEL-QUORUM: enough members remain once those who may not sit (own faculty, conflicted, supportive-only
 * Senior Tutors on a disciplinary panel) are set aside.
 */
public final class Quorum implements PanelRule {
  @Override
  public RuleId id() {
    return RuleId.of("PANEL-QUORUM");
  }

  @Override
  public String title() {
    return "The panel is quorate with eligible members";
  }

  @Override
  public Optional<Finding> check(PanelProposal panel, Policy policy,
      Function<DepartmentId, Policy> departmentPolicy) {
    int quorum = policy.number(PolicySetting.PANEL_QUORUM);
    long eligible = panel.members().stream().filter(m -> eligible(m, panel, policy, departmentPolicy)).count();
    if (eligible >= quorum) {
      return Optional.empty();
    }
    return Optional.of(PanelFindings.reconstitute(this, policy, panel,
        eligible + " of " + panel.members().size() + " members may sit; a quorum is " + quorum,
        java.util.List.of()));
  }

  private static boolean eligible(PanelMember member, PanelProposal panel, Policy policy,
      Function<DepartmentId, Policy> departmentPolicy) {
    boolean otherFaculty = !policy.flag(PolicySetting.PANEL_MEMBERS_FROM_DIFFERENT_FACULTY)
        || !member.faculty().equals(panel.studentFaculty());
    boolean supportiveOnly = panel.kind() == PanelKind.DISCIPLINARY && member.seniorTutor()
        && departmentPolicy.apply(member.department()).flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY);
    return otherFaculty && !member.conflictOfInterest() && !supportiveOnly;
  }
}
