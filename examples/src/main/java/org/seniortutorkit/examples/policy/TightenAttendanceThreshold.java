package org.seniortutorkit.examples.policy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.whatif.WhatIf;
import org.seniortutorkit.regulation.whatif.WhatIfReport;

/**
 * Policy example: copy the default policy pack, raise the attendance threshold, and show a committee what the
 * change would do to the current records: who becomes flagged, who no longer is.
 */
public final class TightenAttendanceThreshold {
  public static void main(String[] args) {
    StudentRecords records = SampleFolder.open().read(Optional.empty(), LocalDate.of(2026, 11, 27));
    PolicyPack current = DefaultPolicyPack.load();
    PolicyPack proposed = current.withVersion(current.version() + "-proposal")
        .withSettings(copyWith(current, PolicySetting.ATTENDANCE_THRESHOLD_PERCENT.key(), 85));

    WhatIfReport change = WhatIf.compare(records, PolicyLayers.of(List.of(current)),
        PolicyLayers.of(List.of(proposed)));
    System.out.println("Raising the attendance threshold to 85%:");
    change.newlyFlagged().forEach(f -> System.out.println("  newly flagged " + f.subject() + " by " + f.ruleId()
        + ": " + f.explanation()));
    change.noLongerFlagged().forEach(f -> System.out.println("  no longer flagged " + f.subject() + " by " + f.ruleId()));
    System.out.println(change.newlyFlagged().size() + " newly flagged, " + change.noLongerFlagged().size()
        + " no longer flagged");
  }

  private static Map<String, Object> copyWith(PolicyPack pack, String key, Object value) {
    Map<String, Object> settings = new LinkedHashMap<>(pack.settings());
    settings.put(key, value);
    return settings;
  }
}
