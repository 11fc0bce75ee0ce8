package org.seniortutorkit.moodle.errors;

/** The call failed because the feature is disabled on this Moodle site. The message says what an administrator should change. */
public final class FeatureDisabledException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public FeatureDisabledException(String function, String errorCode, String message) {
    super(function, errorCode, message, null);
  }
}
