package org.seniortutorkit.records;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of a CSV file, read by column name. A field that breaks its rule is reported with the file, line,
 * column, value and rule, and read as empty; {@link #isValid()} then says the row must not be used. The values
 * of marks and attendance files are not special-category data, so they are quoted back.
 */
final class CsvRow {
  private final String file;
  private final long line;
  private final Map<String, Integer> columns;
  private final String[] fields;
  private final Problems problems;
  private boolean valid = true;

  CsvRow(String file, long line, Map<String, Integer> columns, String[] fields, Problems problems) {
    this.file = file;
    this.line = line;
    this.columns = columns;
    this.fields = fields;
    this.problems = problems;
  }

  String file() {
    return file;
  }

  /** {@code line 12}: where this row is, for problems found after it was read. */
  String where() {
    return "line " + line;
  }

  boolean isValid() {
    return valid;
  }

  /** The column's trimmed text, or empty when the file has no such column or the field is blank. */
  Optional<String> optional(String column) {
    Integer position = columns.get(column);
    if (position == null || position >= fields.length) {
      return Optional.empty();
    }
    String text = fields[position].strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  Optional<String> text(String column) {
    Optional<String> text = optional(column);
    if (text.isEmpty()) {
      problem(column, "must not be empty");
    }
    return text;
  }

  /** A whole number from {@code min} to {@code max}: {@code 2.9}, {@code 1e10} and {@code 2,000} are refused. */
  Optional<Integer> integer(String column, int min, int max) {
    return text(column).flatMap(text -> {
      try {
        int value = Integer.parseInt(text);
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // Reported below with the rule.
      }
      problem(column, "must be a whole number from " + min + " to " + max);
      return Optional.empty();
    });
  }

  Optional<LocalDate> date(String column) {
    return text(column).flatMap(text -> {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        problem(column, "must be an ISO-8601 date, e.g. 2026-11-27");
        return Optional.empty();
      }
    });
  }

  /** true/false, yes/no, y/n or 1/0, in any case. */
  Optional<Boolean> bool(String column) {
    return text(column).flatMap(CsvRow::truth).or(() -> {
      optional(column).ifPresent(text -> problem(column, "must be true or false"));
      return Optional.empty();
    });
  }

  /** The column read by {@code parse}, whose IllegalArgumentException is the column's problem. */
  <T> Optional<T> value(String column, Function<String, T> parse, String rule) {
    return text(column).flatMap(text -> {
      try {
        return Optional.of(parse.apply(text));
      } catch (IllegalArgumentException e) {
        problem(column, rule);
        return Optional.empty();
      }
    });
  }

  /** Reports a problem with the whole row, e.g. that it repeats another. */
  void problem(String rule) {
    valid = false;
    problems.add(file, where(), "", rule);
  }

  private void problem(String column, String rule) {
    valid = false;
    problems.add(file, where(), column + " = \"" + optional(column).orElse("") + "\"", rule);
  }

  private static Optional<Boolean> truth(String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true": case "yes": case "y": case "1":
        return Optional.of(true);
      case "false": case "no": case "n": case "0":
        return Optional.of(false);
      default:
        return Optional.empty();
    }
  }
}
