package org.seniortutorkit.access;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Which purposes justify seeing each special-category area, and which areas also need the student's consent.
 * Institutions set their own; {@link #standard()} is a cautious default.
 */
@Value.Immutable
abstract class PrivacyPolicyDef implements SelfValidating {
  public abstract Map<RecordArea, Set<Purpose>> purposesFor();

  public abstract Set<RecordArea> needConsent();

  /**
   * Disability details for disability support or the panel, with consent; wellbeing for pastoral support or
   * casework; mitigation evidence for the panel only.
   */
  public static PrivacyPolicy standard() {
    return PrivacyPolicy.builder()
        .putPurposesFor(RecordArea.DISABILITY_DETAILS, EnumSet.of(Purpose.DISABILITY_SUPPORT, Purpose.MITIGATION_PANEL))
        .putPurposesFor(RecordArea.WELLBEING_AND_CIRCUMSTANCES, EnumSet.of(Purpose.PASTORAL_SUPPORT, Purpose.CASEWORK))
        .putPurposesFor(RecordArea.MITIGATION_EVIDENCE, EnumSet.of(Purpose.MITIGATION_PANEL))
        .addNeedConsent(RecordArea.DISABILITY_DETAILS)
        .build();
  }

  public boolean justifies(Purpose purpose, RecordArea area) {
    return !area.isSpecialCategory() || purposesFor().getOrDefault(area, Set.of()).contains(purpose);
  }
}
