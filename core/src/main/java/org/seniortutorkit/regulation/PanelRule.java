package org.seniortutorkit.regulation;

import java.util.Optional;
import java.util.function.Function;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.RegulationRule;
import org.seniortutorkit.regulation.panels.PanelProposal;

/**
 * A rule about a proposed panel. {@code policy} is the institution's; {@code departmentPolicy} gives each
 * member's own department's policy (e.g. whether its Senior Tutors are supportive only).
 */
public interface PanelRule extends RegulationRule {
  Optional<Finding> check(PanelProposal panel, Policy policy, Function<DepartmentId, Policy> departmentPolicy);
}
