package org.seniortutorkit.examples.cli.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.examples.cli.table.Column;
import org.seniortutorkit.examples.cli.table.TextTable;
import org.seniortutorkit.examples.cli.table.WordWrap;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.whatif.WhatIfReport;

/** The readable forms of a check report and of a what-if difference. */
public final class CheckSummary {
  private CheckSummary() {}

  /**
   * The report's counts and its {@code shown} most serious findings fitted to {@code width} characters, for a
   * page that has room for a glimpse, then how many more the full report holds.
   */
  public static String overview(CheckReport report, String source, int shown, int width) {
    StringBuilder out = headline(report, source, width);
    List<Finding> serious = mostSeriousFirst(report.findings());
    append(out, FindingsTable.lines(serious.subList(0, Math.min(shown, serious.size())), width));
    if (serious.size() > shown) {
      append(out, WordWrap.lines("  ... " + (serious.size() - shown)
          + " more findings, with progression, mitigation and late penalties: run `senior-tutor check --sample`",
          width));
    }
    return out.toString();
  }

  /** The report with its tables fitted to {@code width} characters. */
  public static String of(CheckReport report, String source, int width) {
    StringBuilder out = headline(report, source, width);
    append(out, FindingsTable.lines(mostSeriousFirst(report.findings()), width));
    out.append('\n');
    append(out, WordWrap.lines(counts("Progression", report.progression(), d -> d.summary()), width));
    TextTable progression = TextTable.of(Column.whole("student"), Column.whole("outcome"),
        Column.wrapped("reasons", 24)).indent(2);
    report.progression().stream().filter(d -> d.rank() > 0)
        .forEach(d -> progression.row(d.student(), d.summary(), String.join("; ", d.reasons())));
    appendUnlessEmpty(out, progression, width);
    out.append('\n').append("Prepared for the Mitigation Advisory Panel (the panel decides): ")
        .append(report.mitigation().size()).append('\n');
    TextTable mitigation = TextTable.of(Column.whole("claim"), Column.whole("student"),
        Column.whole("recommendation"), Column.wrapped("reasons", 24)).indent(2);
    report.mitigation().forEach(m -> mitigation.row(m.claim(), m.student(), m.recommendation(),
        m.reasons().stream().map(r -> r.ruleId() + " " + r.explanation()).collect(Collectors.joining("; "))));
    appendUnlessEmpty(out, mitigation, width);
    out.append('\n').append("Late penalties: ").append(report.latePenalties().size()).append('\n');
    TextTable penalties = TextTable.of(Column.whole("student"), Column.whole("assessment"), Column.number("raw"),
        Column.number("mark"), Column.wrapped("why", 24)).indent(2);
    report.latePenalties().forEach(p -> penalties.row(p.student(), p.module() + "/" + p.assessment(),
        p.rawMark(), p.mark(), p.explanation()));
    appendUnlessEmpty(out, penalties, width);
    out.append('\n').append("Settings from faculty or department packs:\n");
    TextTable settings = TextTable.of(Column.whole("department"), Column.wrapped("setting and its source", 24))
        .indent(2);
    report.policies().forEach((department, values) -> values.stream()
        .filter(s -> s.source().layer().map(l -> l != PolicyLayer.INSTITUTION).orElse(true))
        .forEach(s -> settings.row(department, s)));
    appendUnlessEmpty(out, settings, width);
    return out.toString();
  }

  /** The difference with its tables fitted to {@code width} characters. */
  public static String of(WhatIfReport report, String change, int width) {
    StringBuilder out = new StringBuilder("What if ").append(change).append(":\n");
    section(out, "Newly flagged", report.newlyFlagged(), width);
    section(out, "No longer flagged", report.noLongerFlagged(), width);
    out.append("Progression outcome changes: ").append(report.progressionChanges().size()).append('\n');
    report.progressionChanges().forEach(c -> out.append("  ").append(c).append('\n'));
    if (report.isEmpty()) {
      out.append("No difference.\n");
    }
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<Finding> findings, int width) {
    out.append(title).append(": ").append(findings.size()).append('\n');
    append(out, FindingsTable.lines(findings, width));
  }

  /** An empty table would be a header over nothing: the count above it already says "0". */
  private static void appendUnlessEmpty(StringBuilder out, TextTable table, int width) {
    if (!table.isEmpty()) {
      append(out, table.render(width));
    }
  }

  private static StringBuilder headline(CheckReport report, String source, int width) {
    StringBuilder out = new StringBuilder();
    out.append("Regulation check of ").append(source).append(" as of ").append(report.asOf()).append('\n');
    append(out, WordWrap.lines(counts("Findings", report.findings(), f -> f.severity().name()), width));
    return out;
  }

  private static List<Finding> mostSeriousFirst(List<Finding> findings) {
    return findings.stream().sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder())
        .thenComparing((Finding f) -> f.subject().id().value()).thenComparing(f -> f.ruleId().value())).toList();
  }

  private static void append(StringBuilder out, List<String> lines) {
    lines.forEach(line -> out.append(line).append('\n'));
  }

  private static <T> String counts(String title, List<T> items, Function<T, String> key) {
    Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(key, TreeMap::new,
        Collectors.counting()));
    return title + ": " + items.size() + (counts.isEmpty() ? "" : " " + counts);
  }

}
