package org.seniortutorkit.examples.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.seniortutorkit.examples.cli.allocation.AllocateCommand;
import org.seniortutorkit.examples.cli.allocation.BenchCommand;
import org.seniortutorkit.examples.cli.moodle.MoodleCommand;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
    subcommands = {
        DemoCommand.class,
        CasesCommand.class,
        ReportCommand.class,
        CheckCommand.class,
        MoodleCommand.class,
        AllocateCommand.class,
        BenchCommand.class,
    })
public final class SeniorTutorCommand {
  /** Held so the setting survives: JUL keeps loggers weakly. Hibernate Validator's start-up banner is noise here. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "On an error, print the full detail (stack trace) as well as the one-line message.")
  boolean verbose;

  /** Read through {@link TerminalWidth#of}: every subcommand inherits it, and it sets this one field. */
  @Option(names = "--width", scope = ScopeType.INHERIT, paramLabel = "COLUMNS",
      description = "Fit tables to this many characters, wrapping long text (default: the COLUMNS environment "
          + "variable, else 100).")
  Integer width;

  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING);
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
