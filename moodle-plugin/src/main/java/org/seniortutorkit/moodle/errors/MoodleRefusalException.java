package org.seniortutorkit.moodle.errors;

/** The call failed because Moodle refused the call. The message says what an administrator should change. */
public final class MoodleRefusalException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public MoodleRefusalException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
