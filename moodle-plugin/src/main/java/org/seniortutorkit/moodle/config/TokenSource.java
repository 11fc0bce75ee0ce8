package org.seniortutorkit.moodle.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
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

  /**
   * The token is the content of {@code path} (surrounding whitespace ignored). On a POSIX file system the file
   * must be readable by its owner only ({@code chmod 600}), as ssh demands of a private key: the token can
   * change every tutor assignment on the site.
   */
  record TokenFile(Path path) implements TokenSource {
    private static final Set<PosixFilePermission> OTHERS_MAY_USE = EnumSet.of(PosixFilePermission.GROUP_READ,
        PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    @Override
    public MoodleToken load(Map<String, String> environment) {
      try {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null && Files.exists(path)) {
          Set<PosixFilePermission> shared = EnumSet.copyOf(posix.readAttributes().permissions());
          shared.retainAll(OTHERS_MAY_USE);
          if (!shared.isEmpty()) {
            throw new IllegalArgumentException("the token file " + path + " (token.file in moodle.json) may be "
                + "read or written by other users of this machine: make it the owner's alone with chmod 600 "
                + path);
          }
        }
        return MoodleToken.of(Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read the token file " + path + " (token.file in moodle.json): "
            + e.getClass().getSimpleName());
      }
    }
  }
}
