package org.seniortutorkit.examples.cli.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.whatif.WhatIfReport;

/** The readable forms of a check report and of a what-if difference. */
public final class CheckSummary {
  private CheckSummary() {}

  public static String of(CheckReport report, String source) {
    StringBuilder out = new StringBuilder();
    out.append("Regulation check of ").append(source).append(" as of ").append(report.asOf()).append('\n');
    out.append(counts("Findings", report.findings(), f -> f.severity().name())).append('\n');
    report.findings().stream()
        .sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
            .thenComparing(Finding::subject).thenComparing(Finding::ruleId))
        .forEach(f -> out.append(finding(f)));
    out.append('\n').append(counts("Progression", report.progression(), d -> d.summary())).append('\n');
    report.progression().stream().filter(d -> d.rank() > 0)
        .forEach(d -> out.append("  ").append(d.student()).append(' ').append(d.summary()).append(": ")
            .append(String.join("; ", d.reasons())).append('\n'));
    out.append('\n').append("Prepared for the Mitigation Advisory Panel (the panel decides): ")
        .append(report.mitigation().size()).append('\n');
    report.mitigation().forEach(m -> out.append("  ").append(m.claim()).append(" (").append(m.student())
        .append(") ").append(m.recommendation())
        .append(m.reasons().isEmpty() ? "" : ": " + m.reasons().stream()
            .map(r -> r.ruleId() + " " + r.explanation()).collect(Collectors.joining("; ")))
        .append('\n'));
    out.append('\n').append("Late penalties: ").append(report.latePenalties().size()).append('\n');
    report.latePenalties().forEach(p -> out.append("  ").append(p.student()).append(' ').append(p.module())
        .append('/').append(p.assessment()).append(' ').append(p.rawMark()).append(" -> ").append(p.mark())
        .append(" (").append(p.explanation()).append(")\n"));
    out.append('\n').append("Settings from faculty or department packs:\n");
    report.policies().forEach((department, settings) -> settings.stream()
        .filter(s -> s.source().layer().map(l -> l != PolicyLayer.INSTITUTION).orElse(true))
        .forEach(s -> out.append("  ").append(department).append(": ").append(s).append('\n')));
    return out.toString();
  }

  public static String of(WhatIfReport report, String change) {
    StringBuilder out = new StringBuilder("What if ").append(change).append(":\n");
    section(out, "Newly flagged", report.newlyFlagged());
    section(out, "No longer flagged", report.noLongerFlagged());
    out.append("Progression outcome changes: ").append(report.progressionChanges().size()).append('\n');
    report.progressionChanges().forEach(c -> out.append("  ").append(c).append('\n'));
    if (report.isEmpty()) {
      out.append("No difference.\n");
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Finding> findings) {
    out.append(title).append(": ").append(findings.size()).append('\n');
    findings.forEach(f -> out.append(finding(f)));
  }

  private static String finding(Finding f) {
    return String.format("  %-14s %-6s %-27s %s%n      %s: %s%n      [%s]%n", f.subject(), f.severity(),
        f.action(), f.ruleId(), f.outcome(), f.explanation(), f.citation());
  }

  private static <T> String counts(String title, List<T> items, Function<T, String> key) {
    Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.counting()));
    return title + ": " + items.size() + (counts.isEmpty() ? "" : " " + counts);
  }

}
