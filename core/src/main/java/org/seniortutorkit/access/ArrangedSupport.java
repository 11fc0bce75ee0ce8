package org.seniortutorkit.access;

import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Where a concern about a student with arranged support should go as well: a student with a disability support
 * plan to the Departmental Disabilities Officer and one with a known wellbeing concern to a Wellbeing Adviser,
 * because their support is already arranged there; a sponsored-visa student's attendance concern to Registry,
 * which reports engagement to the sponsor. The answer discloses a need, so callers ask it only of needs the
 * viewer was permitted to see ({@link StudentView#referralFor}), never of a finding that travels.
 */
public final class ArrangedSupport {
  private ArrangedSupport() {}

  /**
   * The referral for {@code needs}, if any.
   *
   * @param attendanceConcern whether the concern is about attendance (which a visa sponsor is told of)
   */
  public static Optional<RecommendedAction> referralFor(Set<ComplexNeed> needs, boolean attendanceConcern) {
    if (needs.contains(ComplexNeed.DISABILITY_SUPPORT_PLAN)) {
      return Optional.of(RecommendedAction.REFER_TO_DISABILITY_OFFICER);
    }
    if (needs.contains(ComplexNeed.WELLBEING_CONCERN)) {
      return Optional.of(RecommendedAction.REFER_TO_WELLBEING_ADVISER);
    }
    if (attendanceConcern && needs.contains(ComplexNeed.SPONSORED_VISA)) {
      return Optional.of(RecommendedAction.REFER_TO_REGISTRY);
    }
    return Optional.empty();
  }
}
