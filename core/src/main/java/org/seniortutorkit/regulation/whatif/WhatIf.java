package org.seniortutorkit.regulation.whatif;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.progression.ProgressionDecision;

/**
 * Applies a changed policy to the current records and reports the difference. A finding counts as "the
 * same" when the same rule flags the same subject, whatever its wording (a changed threshold changes the
 * explanation but not whether the student is flagged).
 *
 * <pre>{@code
 * WhatIfReport diff = WhatIf.compare(records, layers,
 *     layers.withSetting(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT, 80));
 * diff.newlyFlagged();   // students whose attendance is between 70% and 80%
 * }</pre>
 */
public final class WhatIf {
  private WhatIf() {}

  public static WhatIfReport compare(StudentRecords records, PolicyLayers current, PolicyLayers changed) {
    RegulationCheck check = BuiltInRules.regulationCheck();
    return compare(check.run(records, current), check.run(records, changed));
  }

  public static WhatIfReport compare(CheckReport before, CheckReport after) {
    Set<Sameness> beforeKeys = before.findings().stream().map(Sameness::of).collect(Collectors.toSet());
    Set<Sameness> afterKeys = after.findings().stream().map(Sameness::of).collect(Collectors.toSet());
    WhatIfReport.Builder report = WhatIfReport.builder()
        .newlyFlagged(only(after.findings(), beforeKeys))
        .noLongerFlagged(only(before.findings(), afterKeys));
    Map<StudentId, String> outcomesBefore = new HashMap<>();
    before.progression().forEach(d -> outcomesBefore.put(d.student(), d.summary()));
    for (ProgressionDecision decision : after.progression()) {
      String was = outcomesBefore.getOrDefault(decision.student(), "NO_DECISION");
      if (!was.equals(decision.summary())) {
        report.addProgressionChanges(ProgressionChange.of(decision.student(), was, decision.summary()));
      }
    }
    return report.build();
  }

  private static List<Finding> only(List<Finding> findings, Set<Sameness> excluded) {
    return findings.stream().filter(f -> !excluded.contains(Sameness.of(f))).toList();
  }

  /** What makes two findings the same: rule, subject (kind and id) and outcome, not their wording. */
  private record Sameness(RuleId rule, Subject subject, FindingOutcome outcome) {
    static Sameness of(Finding finding) {
      return new Sameness(finding.ruleId(), finding.subject(), finding.outcome());
    }
  }
}
