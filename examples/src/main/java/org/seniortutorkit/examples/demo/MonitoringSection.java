package org.seniortutorkit.examples.demo;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.examples.cli.check.CheckSummary;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

/**
 * The demo's monitoring page: every rule of the default policy pack run over the sample records folder (the
 * same one {@code senior-tutor check --sample} reads), each finding with its rule, citation and recommended action.
 */
public final class MonitoringSection {
  private static final int SHOWN_FINDINGS = 6;

  private final LocalDate today;
  private final RecordsFolder folder = SampleFolder.open();

  public MonitoringSection(LocalDate today) {
    this.today = today;
  }

  /** Runs every current rule over the sample records. */
  public CheckReport check() {
    StudentRecords records = folder.read(Optional.empty(), today);
    return BuiltInRules.regulationCheck().run(records, folder.policyLayers());
  }

  /** Prints the counts and the most serious findings, fitted to {@code width} characters. */
  public CheckReport printTo(PrintWriter out, int width) {
    CheckReport report = check();
    out.println();
    out.print(CheckSummary.overview(report, folder.name(), SHOWN_FINDINGS, width));
    return report;
  }
}
