package org.seniortutorkit.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints an error as one clear line; the stack trace only with {@code --verbose}. */
final class OneLineErrors implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
    commandLine.getErr().println("error: " + error.getMessage());
    if (parseResult.originalArgs().contains("--verbose")) {
      error.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.forException(error);
  }
}
