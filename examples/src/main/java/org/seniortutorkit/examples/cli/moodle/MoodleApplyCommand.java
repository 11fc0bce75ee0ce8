package org.seniortutorkit.examples.cli.moodle;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.moodle.sync.ApplyReport;
import org.seniortutorkit.moodle.sync.SyncApplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code senior-tutor moodle apply}: make Moodle match the plan. Safe to re-run: work already applied is not
 * repeated, and only assignments the plugin created are ever removed.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
    description = "Add and remove Personal Tutor role assignments in Moodle as planned, journalling every step "
        + "so an interrupted run can simply be run again.")
public final class MoodleApplyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  MoodleOptions options;

  @Option(names = "--assignments", required = true, paramLabel = "FILE",
      description = "The year's tutor assignments as JSON (a list of TutorAssignment).")
  Path assignments;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    MoodleSession session = MoodleSession.open(options, spec.commandLine().getErr());
    PlannedSync planned = PlannedSync.make(session, assignments);
    planned.print(out, 0);
    ApplyReport report = new SyncApplier(session.client, session.journal, session.config.batchSize(),
        session.clock, session.progress).apply(planned.plan());
    out.println("Apply: " + report.summary());
    out.println("Journal: " + session.journal.file());
    out.flush();
    if (!report.complete()) {
      return ExitCodes.EXTERNAL_FAILURE;
    }
    return planned.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }
}
