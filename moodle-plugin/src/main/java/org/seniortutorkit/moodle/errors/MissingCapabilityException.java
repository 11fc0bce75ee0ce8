package org.seniortutorkit.moodle.errors;

/** The call failed because the web-service user lacks a capability. The message says what an administrator should change. */
public final class MissingCapabilityException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public MissingCapabilityException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
