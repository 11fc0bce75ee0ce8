package org.seniortutorkit.examples.cli;

import org.seniortutorkit.kernel.InvalidValueException;
import picocli.CommandLine;

/** The documented exit codes of {@code senior-tutor}. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int EXTERNAL_FAILURE = 3;

  private ExitCodes() {}

  static int forException(Throwable error) {
    if (error instanceof CommandLine.ParameterException || error instanceof InvalidValueException
        || error instanceof IllegalArgumentException) {
      return BAD_INPUT;
    }
    return EXTERNAL_FAILURE;
  }
}
