package org.seniortutorkit.examples.cli;

import java.io.PrintWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.demo.AllocationSection;
import org.seniortutorkit.examples.demo.DepartmentOverview;
import org.seniortutorkit.examples.demo.MonitoringSection;
import org.seniortutorkit.examples.demo.RecordsSection;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import org.seniortutorkit.examples.cli.table.FittedWriter;
import org.seniortutorkit.examples.sample.SampleDepartment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor demo}: the main job, run on the embedded sample department: who is there, the year's
 * allocation (saved to an embedded H2 database, in a temporary folder removed afterwards unless
 * {@code --data-dir} names one), the regulation checks, and a day at the Senior Tutor's desk.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the Senior Tutor's main job on the embedded sample department (no server needed).")
public final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the embedded H2 database file senior-tutor-kit.mv.db in this folder (default: a "
          + "temporary folder, removed when the demo ends).")
  Path dataDir;

  @Override
  public Integer call() throws IOException {
    if (dataDir != null) {
      return run(dataDir);
    }
    // Nothing is left in the working folder unless asked: the database holds the sample's records.
    Path scratch = Files.createTempDirectory("senior-tutor-demo");
    try {
      return run(scratch);
    } finally {
      try (Stream<Path> files = Files.walk(scratch)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private int run(Path dataDir) {
    int width = TerminalWidth.of(spec);
    // Prose lines wrap to the width too; the tables are already fitted and pass through as they are.
    PrintWriter out = new PrintWriter(new FittedWriter(spec.commandLine().getOut(), width));
    SampleDepartment sample = SampleDepartment.load();
    out.println("Senior Tutor Kit — demo on the embedded sample department");
    out.println("==========================================================");
    new DepartmentOverview(sample).printTo(out);
    Allocation allocation = new AllocationSection(sample).printTo(out, width);
    new RecordsSection(sample, dataDir).printTo(out, allocation);
    new MonitoringSection(sample.today()).printTo(out, width);
    out.println();
    DayAtTheDesk.run().lines().forEach(out::println);
    out.close();
    return ExitCodes.OK;
  }
}
