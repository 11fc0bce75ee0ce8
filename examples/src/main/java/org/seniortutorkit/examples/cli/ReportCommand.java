package org.seniortutorkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.examples.cli.output.OwnerOnlyFile;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.examples.cli.desk.ReportInputFiles;
import org.seniortutorkit.examples.cli.desk.SampleReportInputs;
import org.seniortutorkit.examples.dashboard.DashboardPage;
import org.seniortutorkit.examples.dashboard.SampleDashboard;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.reporting.CaseloadReport;
import org.seniortutorkit.reporting.CsvReportWriter;
import org.seniortutorkit.reporting.JsonReportWriter;
import org.seniortutorkit.reporting.OpenCasesReport;
import org.seniortutorkit.reporting.ProgressionReport;
import org.seniortutorkit.reporting.ReportTable;
import org.seniortutorkit.reporting.SponsoredAttendanceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor report TYPE}: a committee or funding-body report as CSV or JSON on standard output.
 * Progression and attendance read a JSON array from {@code --input} (see {@code docs/reports.md}); without it,
 * and for caseload and open cases, the sample department's data is used.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes a report as CSV or JSON, or the dashboard with --out FILE.html.",
        "Reports: caseload, open-cases, progression, attendance. The dashboard is one self-contained HTML page."})
public final class ReportCommand implements Callable<Integer> {
  /** The reports this command writes. */
  public enum Type { CASELOAD, OPEN_CASES, PROGRESSION, ATTENDANCE }

  /** Output formats, named as typed on the command line. */
  public enum Format { csv, json }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", description = "Report: caseload, open-cases, progression or attendance.",
      converter = TypeConverter.class)
  private Type type;

  @Option(names = "--out", description = "Write to this file; a name ending .html writes the dashboard.")
  private Path out;

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--input", description = "JSON array of input values (progression or attendance).")
  private Path input;

  @Option(names = "--as-of", description = "Report date (default: the sample day).")
  private LocalDate asOf;

  @Option(names = "--threshold", defaultValue = "80",
      description = "Attendance threshold in percent (default: ${DEFAULT-VALUE}).")
  private double threshold;

  @Override
  public Integer call() throws IOException {
    LocalDate date = asOf == null ? DayAtTheDesk.DAY : asOf;
    if (out != null && out.getFileName().toString().endsWith(".html")) {
      OwnerOnlyFile.writeString(out, DashboardPage.render(SampleDashboard.of(date)));
      spec.commandLine().getOut().println("wrote the dashboard to " + out);
      return ExitCodes.OK;
    }
    if (type == null) {
      throw new ParameterException(spec.commandLine(),
          "name a report (caseload, open-cases, progression, attendance) or give --out dashboard.html");
    }
    ReportTable table = switch (type) {
      case CASELOAD -> caseload(date);
      case OPEN_CASES -> OpenCasesReport.of(DayAtTheDesk.run().cases(), date);
      case PROGRESSION -> ProgressionReport.of(
          input == null ? SampleReportInputs.progression() : ReportInputFiles.progression(input), date);
      case ATTENDANCE -> SponsoredAttendanceReport.of(
          input == null ? SampleReportInputs.attendance() : ReportInputFiles.attendance(input), threshold, date);
    };
    try (Writer file = out == null ? null : OwnerOnlyFile.newWriter(out)) {
      PrintWriter writer = file == null ? spec.commandLine().getOut() : new PrintWriter(file);
      if (format == Format.json) {
        JsonReportWriter.write(table, writer);
        writer.println();
      } else {
        CsvReportWriter.write(table, writer);
      }
      writer.flush();
    }
    return ExitCodes.OK;
  }

  /** The sample department's tutors, from its records as of {@code date}: two meetings a tutee expected. */
  private static ReportTable caseload(LocalDate date) {
    StudentRecords records = SampleFolder.open().read(Optional.of(date), date);
    return CaseloadReport.of(records.assignments(), records.meetings(), AcademicYear.containing(date), 2, date);
  }

  /** Accepts the documented names, e.g. {@code open-cases}. */
  static final class TypeConverter implements picocli.CommandLine.ITypeConverter<Type> {
    @Override
    public Type convert(String value) {
      try {
        return Type.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown report '" + value + "'; choose caseload, open-cases, progression or attendance");
      }
    }
  }
}
