package org.seniortutorkit.moodle.client;

import java.util.regex.Pattern;

/**
 * Our ids as Moodle's {@code clientmsgid} / {@code clientnoteid}, which are PARAM_ALPHANUMEXT: letters, digits,
 * {@code _} and {@code -}. A notice id such as {@code CASE-2026.0018} has a dot, which Moodle refuses, so ids are
 * written reversibly: {@code _} becomes {@code __} and any other character {@code _xx_} (its hex code), e.g.
 * {@code CASE-2026_2e_0018}. Distinct ids stay distinct.
 */
public final class ClientId {
  private static final Pattern ALPHANUMEXT = Pattern.compile("[A-Za-z0-9_-]*");

  private ClientId() {}

  /** {@code id} in letters, digits, {@code _} and {@code -}. */
  public static String encode(String id) {
    StringBuilder encoded = new StringBuilder(id.length());
    id.codePoints().forEach(c -> {
      if (c == '_') {
        encoded.append("__");
      } else if (c < 128 && ALPHANUMEXT.matcher(Character.toString(c)).matches()) {
        encoded.appendCodePoint(c);
      } else {
        encoded.append('_').append(Integer.toHexString(c)).append('_');
      }
    });
    return encoded.toString();
  }

  static void requireAlphanumext(String field, String value) {
    if (value != null && !ALPHANUMEXT.matcher(value).matches()) {
      throw new IllegalArgumentException(field + " = " + value + " must be letters, digits, '_' or '-' "
          + "(Moodle's PARAM_ALPHANUMEXT); write it with ClientId.encode");
    }
  }
}
