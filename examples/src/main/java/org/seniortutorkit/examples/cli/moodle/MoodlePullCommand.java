package org.seniortutorkit.examples.cli.moodle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.moodle.pull.DepartmentPull;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.mapping.DomainFiles;
import org.seniortutorkit.moodle.records.PullFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code senior-tutor moodle pull}: read the department from Moodle into a records folder. */
@Command(name = "pull", mixinStandardHelpOptions = true,
    description = "Read students, staff, programmes, year groups, grades, completion and attendance from Moodle "
        + "and write them as JSON files in a records folder. The folder holds special-category data: keep it "
        + "where student records are kept.")
public final class MoodlePullCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  MoodleOptions options;

  @Option(names = "--out", defaultValue = "moodle-records", paramLabel = "DIR",
      description = "The records folder to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    MoodleSession session = MoodleSession.open(options, spec.commandLine().getErr());
    PulledRecords records = new DepartmentPull(session.client, session.config, session.clock, session.progress)
        .everything();
    PullFolder.write(out, records);
    List<String> mappingProblems = DomainFiles.write(out, records, session.config);
    stdout.println("Pulled from " + records.site() + " into " + out + ": " + records.students().size()
        + " students, " + records.staff().size() + " staff, " + records.courses().size() + " courses, "
        + records.grades().size() + " grade items, " + records.completions().size() + " completion records, "
        + records.attendance().size() + " attendance marks");
    records.problems().forEach(problem -> stdout.println("  problem: " + problem));
    mappingProblems.forEach(problem -> stdout.println("  not mapped: " + problem));
    stdout.flush();
    return records.problems().isEmpty() && mappingProblems.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
