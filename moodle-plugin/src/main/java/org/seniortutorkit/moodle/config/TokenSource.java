package org.seniortutorkit.moodle.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.seniortutorkit.moodle.client.MoodleToken;

/**
 * Where the token is kept: an environment variable or a file (e.g. a mounted secret). The configuration file
 * names the place, never the token, so {@code moodle.json} can be committed and shared.
 */
public sealed interface TokenSource {
  /** Reads the token now; failures name the place to fix, never a value. */
  MoodleToken load(Map<String, String> environment);

  /** The token is the value of environment variable {@code name}. */
  record EnvironmentVariable(String name) implements TokenSource {
    @Override
    public MoodleToken load(Map<String, String> environment) {
      String value = environment.get(name);
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("environment variable " + name + " (token.env in moodle.json) is "
            + "not set: export the Moodle web-service token in it");
      }
      return MoodleToken.of(value);
    }
  }

  /** The token is the content of {@code path} (surrounding whitespace ignored). */
  record TokenFile(Path path) implements TokenSource {
    @Override
    public MoodleToken load(Map<String, String> environment) {
      try {
        return MoodleToken.of(Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the token file " + path + " (token.file in moodle.json): "
            + e.getClass().getSimpleName());
      }
    }
  }
}
