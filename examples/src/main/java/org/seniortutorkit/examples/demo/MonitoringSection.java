package org.seniortutorkit.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.examples.cli.check.CheckSummary;
import org.seniortutorkit.examples.cli.check.RecordsFolder;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.StudentRecords;

/**
 * The demo's monitoring page: every rule of the default policy pack run over the sample records folder (the
 * same one {@code senior-tutor check --sample} reads), each finding with its rule, citation and recommended action.
 */
public final class MonitoringSection {
  private static final int SHOWN_LINES = 16;

  private final LocalDate today;
  private final RecordsFolder folder = RecordsFolder.sample();

  public MonitoringSection(LocalDate today) {
    this.today = today;
  }

  /** Runs every current rule over the sample records. */
  public CheckReport check() {
    StudentRecords records = folder.read(Optional.empty(), today);
    return RegulationCheck.withCurrentRules().run(records, folder.policyLayers());
  }

  public CheckReport printTo(PrintWriter out) {
    CheckReport report = check();
    List<String> lines = CheckSummary.of(report, folder.name()).lines().toList();
    out.println();
    lines.stream().limit(SHOWN_LINES).forEach(out::println);
    if (lines.size() > SHOWN_LINES) {
      out.printf("  ... %d more lines: run `senior-tutor check --sample` for them all%n", lines.size() - SHOWN_LINES);
    }
    return report;
  }
}
