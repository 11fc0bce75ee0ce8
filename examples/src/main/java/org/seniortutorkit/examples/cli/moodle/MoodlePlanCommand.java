package org.seniortutorkit.examples.cli.moodle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code senior-tutor moodle plan}: what {@code apply} would change in Moodle, without changing anything. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Show the Personal Tutor role assignments (and tutor-cohort memberships) apply would add and "
        + "remove. Writes nothing.")
public final class MoodlePlanCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  MoodleOptions options;

  @Option(names = "--assignments", required = true, paramLabel = "FILE",
      description = "The year's tutor assignments as JSON (a list of TutorAssignment).")
  Path assignments;

  @Option(names = "--show", defaultValue = "50", description = "List at most this many operations.")
  int show;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MoodleSession session = MoodleSession.open(options, spec.commandLine().getErr());
    PlannedSync planned = PlannedSync.make(session, assignments);
    planned.print(out, show);
    out.flush();
    return planned.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
