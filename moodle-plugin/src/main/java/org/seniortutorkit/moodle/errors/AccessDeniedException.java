package org.seniortutorkit.moodle.errors;

/** The call failed because Moodle denied access. The message says what an administrator should change. */
public final class AccessDeniedException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
