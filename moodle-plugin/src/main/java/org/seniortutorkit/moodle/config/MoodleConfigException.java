package org.seniortutorkit.moodle.config;

import java.util.List;

/**
 * {@code moodle.json} breaks a rule. The message lists every problem as {@code $.path = value rule}, so the whole
 * file can be fixed in one pass.
 */
public final class MoodleConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public MoodleConfigException(String source, List<String> problems) {
    super(source + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
