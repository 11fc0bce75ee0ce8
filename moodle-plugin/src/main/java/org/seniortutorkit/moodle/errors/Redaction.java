package org.seniortutorkit.moodle.errors;

import java.io.IOException;

/**
 * Keeps the web-service token out of every text that leaves the client. Moodle's own messages and the HTTP
 * stack's exception messages (which may quote a URL) pass through here before they reach an exception.
 */
public final class Redaction {
  public static final String MASK = "<redacted>";
  private static final int MAX_QUOTED = 300;

  private Redaction() {}

  /** {@code text} with every occurrence of {@code secret} masked; {@code null} stays {@code null}. */
  public static String scrub(String text, String secret) {
    if (text == null || secret == null || secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, MASK);
  }

  /**
   * An I/O failure rebuilt with a scrubbed message, keeping its type name and stack trace, so a cause chain
   * printed by a caller cannot leak the token either.
   */
  public static IOException scrub(IOException failure, String secret) {
    IOException copy = new IOException(failure.getClass().getSimpleName() + ": "
        + scrub(String.valueOf(failure.getMessage()), secret));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  static String shorten(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }
}
