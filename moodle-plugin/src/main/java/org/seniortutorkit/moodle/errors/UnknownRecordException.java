package org.seniortutorkit.moodle.errors;

/** The call failed because Moodle has no such record. The message says what an administrator should change. */
public final class UnknownRecordException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public UnknownRecordException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
