package org.seniortutorkit.moodle.errors;

/** The call failed because Moodle does not recognise the token (invalid, deleted or expired). The message says what an administrator should change. */
public final class InvalidTokenException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public InvalidTokenException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
