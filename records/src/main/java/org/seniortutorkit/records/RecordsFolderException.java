package org.seniortutorkit.records;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A records folder that cannot be read as it is: every problem found, so one run lists what to fix. The message
 * shows the first {@value #SHOWN} problems and how many there are in all; {@link #problems()} holds those shown.
 * An input error: the command line exits with 2.
 */
public final class RecordsFolderException extends IllegalArgumentException {
  /** How many problems the message and {@link #problems()} keep; the count covers all. */
  public static final int SHOWN = 50;
  private static final long serialVersionUID = 1L;

  private final transient List<RecordsProblem> problems;
  private final long count;

  RecordsFolderException(String folder, List<RecordsProblem> problems, long count) {
    super(message(folder, problems, count));
    this.problems = List.copyOf(problems);
    this.count = count;
  }

  /** The first {@value #SHOWN} problems, in the order they were found. */
  public List<RecordsProblem> problems() {
    return problems;
  }

  /** How many problems there are, shown or not. */
  public long count() {
    return count;
  }

  private static String message(String folder, List<RecordsProblem> problems, long count) {
    if (count == 1) {
      return problems.get(0).toString();
    }
    return folder + ": " + count + " problems" + (count > problems.size() ? " (the first " + problems.size()
        + " listed)" : "") + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
