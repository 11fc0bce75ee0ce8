package org.seniortutorkit.moodle.client;

import java.util.Objects;

/**
 * A Moodle web-service token: a bearer secret. It is only ever written into the POST body of a call; {@link
 * #toString()} is masked so the token cannot reach a log line or an exception message by accident.
 */
public final class MoodleToken {
  private final String secret;

  private MoodleToken(String secret) {
    this.secret = secret;
  }

  /** The token as Moodle issued it (32 hexadecimal characters on a standard site). */
  public static MoodleToken of(String secret) {
    Objects.requireNonNull(secret, "token");
    String trimmed = secret.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Moodle token is empty: check the token file or environment variable");
    }
    if (!trimmed.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new IllegalArgumentException("Moodle token contains spaces or non-ASCII characters: "
          + "check the token file or environment variable holds only the token");
    }
    return new MoodleToken(trimmed);
  }

  /** The secret itself, for the request body and for scrubbing messages. Never log it. */
  public String reveal() {
    return secret;
  }

  @Override
  public String toString() {
    return "MoodleToken[<redacted>]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MoodleToken token && token.secret.equals(secret);
  }

  @Override
  public int hashCode() {
    return secret.hashCode();
  }
}
