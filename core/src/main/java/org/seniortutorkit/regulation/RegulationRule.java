package org.seniortutorkit.regulation;

import org.seniortutorkit.kernel.RuleId;

/**
 * A named rule: a small function of the records and the {@link org.seniortutorkit.policy.Policy} that
 * returns a {@link Finding} or nothing. Its citation comes from the policy packs, so an institution can point
 * it at its own regulation section.
 */
public interface RegulationRule {
  /** Stable id, e.g. {@code MON-ATTENDANCE}; policy packs cite rules by it. */
  RuleId id();

  /** What the rule checks, in a few words. */
  String title();
}
