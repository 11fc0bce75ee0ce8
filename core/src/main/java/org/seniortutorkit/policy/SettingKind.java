package org.seniortutorkit.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a policy setting's value. */
public enum SettingKind {
  /** A whole number within the setting's range. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A list of ISO-8601 dates, e.g. {@code ["2026-12-25"]}. */
  DATES;

  /** Why {@code value} is not of this kind, or empty when it is. */
  Optional<String> problemWith(Object value, int min, int max) {
    switch (this) {
      case INTEGER:
        if (!(value instanceof Integer number)) {
          return Optional.of("must be a whole number");
        }
        if (number < min || number > max) {
          return Optional.of("must be between " + min + " and " + max);
        }
        return Optional.empty();
      case BOOLEAN:
        return value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
      case DATES:
        if (!(value instanceof List<?> list)) {
          return Optional.of("must be a list of ISO-8601 dates");
        }
        for (Object item : list) {
          try {
            LocalDate.parse(String.valueOf(item));
          } catch (DateTimeParseException e) {
            return Optional.of("must be a list of ISO-8601 dates (bad: " + item + ")");
          }
        }
        return Optional.empty();
      default:
        throw new AssertionError(this);
    }
  }
}
