package org.seniortutorkit.kernel;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a value breaks one of its rules. Every {@link Violation} names the field, the offending value
 * (or {@code <redacted>} for special-category data) and the rule, so a caller can tell a user exactly what to fix.
 *
 * <pre>{@code
 * Student.builder().id(StudentId.of("")) ... .build();
 * // InvalidValueException: Student.id.value = "" must not be blank
 * }</pre>
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String type;
  private final ImmutableList<Violation> violations;

  public InvalidValueException(String type, List<Violation> violations) {
    super(describe(type, violations));
    this.type = type;
    this.violations = ImmutableList.copyOf(violations);
  }

  /** A single broken rule of a single invariant of {@code type}: convenient for Guava-style preconditions. */
  public static InvalidValueException of(String type, String field, Object value, String rule) {
    return new InvalidValueException(type, ImmutableList.of(Violation.of(field, value, rule)));
  }

  /** The simple name of the value type that refused to be built. */
  public String type() {
    return type;
  }

  public ImmutableList<Violation> violations() {
    return violations;
  }

  private static String describe(String type, List<Violation> violations) {
    return violations.stream()
        .map(v -> type + "." + v.field() + " = " + v.renderedValue() + " " + v.rule())
        .collect(Collectors.joining("; "));
  }

  /** One broken rule: the field path, the value as rendered for a human, and the rule in words. */
  public record Violation(String field, String renderedValue, String rule) {
    public static Violation of(String field, Object value, String rule) {
      return new Violation(field, render(value), rule);
    }

    /** For special-category data: the message says which field and rule, never the value. */
    public static Violation redacted(String field, String rule) {
      return new Violation(field, "<redacted>", rule);
    }

    private static String render(Object value) {
      if (value == null) {
        return "null";
      }
      if (value instanceof CharSequence) {
        return "\"" + value + "\"";
      }
      return String.valueOf(value);
    }
  }
}
