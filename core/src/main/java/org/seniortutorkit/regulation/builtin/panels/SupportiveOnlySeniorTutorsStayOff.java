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
import org.seniortutorkit.regulation.panels.PanelKind;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;

/**
 * PANEL-SUPPORTIVE-ONLY: a Senior Tutor from a department whose Senior Tutors are supportive only (e.g. the
 * School of Medicine) never sits on a disciplinary panel, so students can trust them.
 */
public final class SupportiveOnlySeniorTutorsStayOff implements PanelRule {
  @Override
  public RuleId id() {
    return RuleId.of("PANEL-SUPPORTIVE-ONLY");
  }

  @Override
  public String title() {
    return "No supportive-only Senior Tutor on a disciplinary panel";
  }

  @Override
  public Optional<Finding> check(PanelProposal panel, Policy policy,
      Function<DepartmentId, Policy> departmentPolicy) {
    if (panel.kind() != PanelKind.DISCIPLINARY) {
      return Optional.empty();
    }
    List<String> barred = panel.members().stream()
        .filter(PanelMember::seniorTutor)
        .filter(m -> departmentPolicy.apply(m.department()).flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY))
        .map(m -> m.staff().value() + " (" + m.department() + ")").toList();
    if (barred.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(PanelFindings.reconstitute(this, policy, panel,
        "Senior Tutor(s) " + barred + " are from supportive-only departments and may not sit on a "
            + "disciplinary panel", barred));
  }
}
