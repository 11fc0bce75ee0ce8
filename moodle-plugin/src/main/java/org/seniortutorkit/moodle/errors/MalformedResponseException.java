package org.seniortutorkit.moodle.errors;

/**
 * Moodle's answer was not what its API documents: not JSON, or a field missing or of the wrong type. The message
 * names the function, the field path, the value and the rule, e.g.
 * {@code core_enrol_get_enrolled_users: response[3].id = "abc" must be an integer}.
 */
public final class MalformedResponseException extends MoodleException {
  private static final long serialVersionUID = 1L;

  public MalformedResponseException(String function, String message) {
    super(function, null, message, null);
  }

  /** A field that broke a rule: {@code path = value rule}. */
  public static MalformedResponseException field(String function, String path, Object value, String rule) {
    String rendered = value == null ? "missing" : Redaction.shorten(String.valueOf(value));
    return new MalformedResponseException(function, path + " = " + rendered + " " + rule
        + ". Check the Moodle version and that the service's functions match docs/moodle.md.");
  }
}
