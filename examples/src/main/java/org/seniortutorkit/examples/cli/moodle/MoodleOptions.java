package org.seniortutorkit.examples.cli.moodle;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by every {@code moodle} subcommand. */
final class MoodleOptions {
  @Option(names = "--config", defaultValue = "moodle.json", paramLabel = "FILE",
      description = "The mapping configuration (default: ${DEFAULT-VALUE}). See docs/moodle.md.")
  Path config;

  @Option(names = "--token-env", paramLabel = "NAME",
      description = "Read the token from this environment variable instead of the one in the configuration.")
  Optional<String> tokenEnv = Optional.empty();

  @Option(names = "--token-file", paramLabel = "FILE",
      description = "Read the token from this file instead of the one in the configuration.")
  Optional<Path> tokenFile = Optional.empty();

  @Option(names = "--records", paramLabel = "DIR",
      description = "Resolve students and staff from a records folder written by `moodle pull` instead of "
          + "reading them from Moodle now.")
  Optional<Path> records = Optional.empty();

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;
}
