package org.seniortutorkit.moodle.testing;

import java.util.regex.Pattern;

/**
 * Moodle's PARAM_* types as {@code external_api::validate_parameters} applies them: a value is accepted only if
 * {@code clean_param} would leave it unchanged (lib/moodlelib.php, clean_param). Only the types the plugin's
 * functions use are here.
 */
public enum ParamType {
  /** Digits with an optional sign; "text" or "1.5" is refused. */
  INT("-?\\d+"),
  /** Letters only. */
  ALPHA("[A-Za-z]*"),
  /** Letters, digits, {@code _} and {@code -}: no dot, no space. */
  ALPHANUMEXT("[A-Za-z0-9_-]*"),
  /** Any text without tags. */
  TEXT("(?s)[^<>]*"),
  /** Any text without tags. */
  NOTAGS("(?s)[^<>]*"),
  /** Anything. */
  RAW("(?s).*"),
  /** 0/1 or true/false. */
  BOOL("0|1|true|false"),
  /** A capability name such as {@code moodle/course:view}. */
  CAPABILITY("[a-z0-9_/:]*"),
  /** A URL (not checked further). */
  URL("(?s).*"),
  /** A float. */
  FLOAT("-?\\d+(\\.\\d+)?");

  private final Pattern accepted;

  ParamType(String accepted) {
    this.accepted = Pattern.compile(accepted);
  }

  /** Whether {@code clean_param} would keep {@code value} as it is. */
  public boolean accepts(String value) {
    return accepted.matcher(value).matches();
  }

  /** Moodle's name for the type, as its error messages give it. */
  public String moodleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
