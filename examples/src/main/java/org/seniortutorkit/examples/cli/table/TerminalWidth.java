package org.seniortutorkit.examples.cli.table;

import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * How wide the command line's tables may be: {@code --width} if given, else the {@code COLUMNS} environment
 * variable, else 100. The terminal itself is not asked (no {@code stty}): output is as often piped to a file or
 * a test as shown on a screen, and it should not change with whatever the process happens to be attached to.
 */
public final class TerminalWidth {
  public static final int DEFAULT = 100;
  /** Narrower than this nothing useful fits; a smaller {@code --width} is refused as a usage error. */
  public static final int SMALLEST = 20;

  private TerminalWidth() {}

  /** The width for a command's tables, from its inherited {@code --width} option or the environment. */
  public static int of(CommandSpec command) {
    OptionSpec option = command.findOption("--width");
    Optional<Integer> width = option == null ? Optional.empty() : Optional.ofNullable(option.getValue());
    if (width.isPresent() && width.get() < SMALLEST) {
      throw new ParameterException(command.commandLine(),
          "--width " + width.get() + " is too narrow for a table: give at least " + SMALLEST);
    }
    return resolve(width, System.getenv());
  }

  public static int resolve(Optional<Integer> option, Map<String, String> environment) {
    return option.or(() -> columns(environment.get("COLUMNS"))).orElse(DEFAULT);
  }

  /** {@code COLUMNS} as shells export it; an empty, garbled or tiny value is ignored rather than obeyed. */
  private static Optional<Integer> columns(String value) {
    if (value == null || !value.strip().matches("\\d{1,5}")) {
      return Optional.empty();
    }
    int columns = Integer.parseInt(value.strip());
    return columns >= SMALLEST ? Optional.of(columns) : Optional.empty();
  }
}
