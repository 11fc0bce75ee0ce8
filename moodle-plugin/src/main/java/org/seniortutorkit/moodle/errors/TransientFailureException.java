package org.seniortutorkit.moodle.errors;

/**
 * The server or the network failed (HTTP 5xx, a timeout, a dropped connection, a database hiccup). Reads are
 * retried with backoff before this is thrown; writes that might have been applied are not.
 */
public final class TransientFailureException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public TransientFailureException(String function, String message, Throwable cause) {
    super(function, null, message, cause);
  }

  public TransientFailureException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
