package org.seniortutorkit.examples.cli.moodle;

import java.util.concurrent.Callable;
import org.seniortutorkit.examples.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code senior-tutor moodle}: keep Moodle in step with the department's Personal Tutor arrangements. */
@Command(name = "moodle", mixinStandardHelpOptions = true,
    description = "Read the department from Moodle and write Personal Tutor assignments and concern notices "
        + "back. See docs/moodle.md for setting up the web service.",
    subcommands = {MoodlePullCommand.class, MoodlePlanCommand.class, MoodleApplyCommand.class,
        MoodleConcernsCommand.class})
public final class MoodleCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }
}
