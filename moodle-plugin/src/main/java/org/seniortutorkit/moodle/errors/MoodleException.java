package org.seniortutorkit.moodle.errors;

import java.util.Optional;

/**
 * Any failure talking to Moodle. Each subtype names one thing an administrator can fix, and its message says
 * what: e.g. "core_role_assign_roles: Moodle refused the token (invalidtoken). Create a new token ...".
 *
 * <p>Messages never contain the web-service token: {@link Redaction} scrubs every text that came from Moodle or
 * from the HTTP stack before it is put in a message.
 */
public abstract sealed class MoodleException extends RuntimeException
    permits InvalidTokenException, AccessDeniedException, InvalidParameterException,
        MissingCapabilityException, UnknownRecordException, WebServicesDisabledException,
        FeatureDisabledException, TransientFailureException, MalformedResponseException, MoodleRefusalException {
  private static final long serialVersionUID = 1L;

  private final String function;
  private final String errorCode;

  MoodleException(String function, String errorCode, String message, Throwable cause) {
    super(function + ": " + message, cause);
    this.function = function;
    this.errorCode = errorCode;
  }

  /** The web-service function that failed, e.g. {@code core_enrol_get_enrolled_users}. */
  public String function() {
    return function;
  }

  /** Moodle's {@code errorcode}, when Moodle sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** Whether the same call may succeed if repeated later (server or network trouble, not a refusal). */
  public boolean isTransient() {
    return false;
  }
}
