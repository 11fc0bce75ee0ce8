package org.seniortutorkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.seniortutorkit.examples.cli.check.CheckSummary;
import org.seniortutorkit.examples.cli.output.OwnerOnlyFile;
import org.seniortutorkit.examples.cli.progress.ProgressBar;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.policy.SettingKind;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.regulation.whatif.WhatIf;
import org.seniortutorkit.regulation.whatif.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor check}: runs every regulation rule over a records folder and writes the findings as
 * JSON and a readable summary; with {@code --what-if} or {@code --set}, prints what a changed policy would
 * change instead.
 *
 * <pre>
 * senior-tutor check --sample
 * senior-tutor check records/ --policy faculty-of-science.json --out report.json
 * senior-tutor check records/ --what-if stricter.json
 * senior-tutor check --sample --set monitoring.attendance.thresholdPercent=80
 * </pre>
 *
 * <p>Exit codes: 0 no findings (or a what-if run), 1 findings, 2 bad input.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Runs every regulation rule over a records folder (see docs/policy.md for its files).")
public final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "RECORDS", description = "The records folder.")
  Path records;

  @Option(names = "--sample", description = "Use the built-in sample records folder.")
  boolean sample;

  @Option(names = "--write-sample", paramLabel = "DIR", description = "Copy the sample records folder to DIR and stop.")
  Path writeSample;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Check as of DATE (default: context.json, else today).")
  LocalDate asOf;

  @Option(names = "--policy", paramLabel = "PACK", description = "A policy pack to layer over the default (repeatable).")
  List<Path> policies = new ArrayList<>();

  @Option(names = "--what-if", paramLabel = "PACK", description = "Report the difference this pack would make.")
  Path whatIf;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Report the difference one changed setting would make (repeatable).")
  Map<String, String> settings = new java.util.LinkedHashMap<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Also write the JSON report to this file (owner-only; "
      + "nothing is written unless asked).")
  Path out;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (writeSample != null) {
      SampleFolder.open().copyTo(writeSample);
      stdout.println("wrote the sample records folder to " + writeSample);
      return ExitCodes.OK;
    }
    RecordsFolder folder = folder();
    StudentRecords studentRecords = folder.read(Optional.ofNullable(asOf), LocalDate.now(ZoneOffset.UTC));
    PolicyLayers layers = folder.policyLayers();
    for (Path policy : policies) {
      layers = layers.replacing(readPack(policy));
    }
    if (whatIf != null || !settings.isEmpty()) {
      return whatIf(studentRecords, layers, stdout);
    }
    CheckReport report = BuiltInRules.regulationCheck().run(studentRecords, layers,
        noProgress ? ProgressListener.none() : new ProgressBar(spec.commandLine().getErr()));
    stdout.print(CheckSummary.of(report, folder.name(), TerminalWidth.of(spec)));
    writeJson(report, stdout);
    return report.findings().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private int whatIf(StudentRecords studentRecords, PolicyLayers layers, PrintWriter stdout) throws IOException {
    PolicyLayers changed = whatIf == null ? layers : layers.replacing(readPack(whatIf));
    for (Map.Entry<String, String> setting : settings.entrySet()) {
      PolicySetting key = PolicySetting.forKey(setting.getKey()).orElseThrow(() -> new IllegalArgumentException(
          "--set " + setting.getKey() + ": is not a known setting (see docs/policy.md)"));
      changed = changed.withSetting(key, parse(key, setting.getValue()));
    }
    WhatIfReport report = WhatIf.compare(studentRecords, layers, changed);
    String change = (whatIf == null ? "" : "policy pack " + whatIf + " ")
        + settings.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    stdout.print(CheckSummary.of(report, change.trim(), TerminalWidth.of(spec)));
    writeJson(report, stdout);
    return ExitCodes.OK;
  }

  /** Writes {@code report} to {@code --out} if one was given: nothing lands in the working folder unasked. */
  private void writeJson(Object report, PrintWriter stdout) throws IOException {
    if (out != null) {
      OwnerOnlyFile.writeString(out, SeniorTutorJson.writePretty(report));
      stdout.println("\nJSON report: " + out);
    }
  }

  private RecordsFolder folder() {
    if (sample == (records != null)) {
      throw new IllegalArgumentException("give either a RECORDS folder or --sample");
    }
    return sample ? SampleFolder.open() : RecordsFolder.at(records);
  }

  private static PolicyPack readPack(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": no such policy pack file");
    }
    try {
      return SeniorTutorJson.read(Files.readString(file), PolicyPack.class);
    } catch (JsonDocumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static Object parse(PolicySetting setting, String value) {
    if (setting.kind() == SettingKind.BOOLEAN && (value.equals("true") || value.equals("false"))) {
      return Boolean.valueOf(value);
    }
    if (setting.kind() == SettingKind.DATES) {
      return value.isBlank() ? List.of() : List.of(value.split("\\s*,\\s*"));
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
