package org.seniortutorkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code senior-tutor}: the command line for department staff. Each duty is a subcommand; see {@code --help}.
 *
 * <p>Exit codes: 0 success, 1 the work found problems (e.g. unplaced students), 2 bad input or usage,
 * 3 an external system failed.
 */
@Command(
    name = "senior-tutor",
    mixinStandardHelpOptions = true,
    version = "Senior Tutor Kit 0.1.0-SNAPSHOT",
    description = "Runs the work of a department's Senior Tutor.",
    subcommands = {org.seniortutorkit.examples.cli.allocation.AllocateCommand.class, org.seniortutorkit.examples.cli.allocation.BenchCommand.class})
public final class SeniorTutorCommand {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new SeniorTutorCommand());
    commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
    commandLine.setExecutionExceptionHandler(new OneLineErrors());
    return commandLine;
  }
}
