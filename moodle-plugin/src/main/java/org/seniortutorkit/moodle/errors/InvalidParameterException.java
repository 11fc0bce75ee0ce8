package org.seniortutorkit.moodle.errors;

/** The call failed because Moodle rejected a parameter. The message says what an administrator should change. */
public final class InvalidParameterException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public InvalidParameterException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
