package org.seniortutorkit.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A JSON document that cannot become a value: each problem names the JSON path, the offending value and the
 * rule, e.g. {@code $.students[3].yearOfStudy = 0 must be greater than or equal to 1}.
 */
public final class JsonDocumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[([^\\]]*)]");

  private final ImmutableList<Problem> problems;

  private JsonDocumentException(List<Problem> problems, Throwable cause) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")), cause);
    this.problems = ImmutableList.copyOf(problems);
  }

  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** One problem: where it is, what was there, and which rule it breaks. */
  public record Problem(String path, String value, String rule) {
    @Override
    public String toString() {
      return path + " = " + value + " " + rule;
    }
  }

  static JsonDocumentException from(Throwable error) {
    String path = error instanceof JsonMappingException mapping ? path(mapping) : "$";
    InvalidValueException invalid = find(error, InvalidValueException.class);
    if (invalid != null) {
      return new JsonDocumentException(invalid.violations().stream()
          .map(v -> new Problem(join(path, v.field()), v.renderedValue(), v.rule()))
          .collect(ImmutableList.toImmutableList()), error);
    }
    IllegalStateException missing = find(error, IllegalStateException.class);
    if (missing != null && missing.getMessage() != null) {
      Matcher matcher = MISSING.matcher(missing.getMessage());
      if (matcher.find()) {
        return new JsonDocumentException(Pattern.compile(",\\s*").splitAsStream(matcher.group(1))
            .map(field -> new Problem(join(path, field), "missing", "is required"))
            .collect(ImmutableList.toImmutableList()), error);
      }
    }
    return new JsonDocumentException(ImmutableList.of(describe(error, path)), error);
  }

  private static Problem describe(Throwable error, String path) {
    if (error instanceof UnrecognizedPropertyException unknown) {
      return new Problem(path, "\"" + unknown.getPropertyName() + "\"",
          "is not a known field (known: " + unknown.getKnownPropertyIds() + ")");
    }
    if (error instanceof InvalidFormatException format && isSpecialCategory(format.getTargetType())) {
      return new Problem(path, "(withheld: special category)",
          "must be a valid " + format.getTargetType().getSimpleName() + hint(format));
    }
    if (error instanceof InvalidFormatException format) {
      return new Problem(path, String.valueOf(format.getValue()),
          "must be a valid " + format.getTargetType().getSimpleName() + hint(format));
    }
    if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return new Problem(path, "(wrong JSON type)",
          "must be a " + mismatch.getTargetType().getSimpleName());
    }
    if (error instanceof JsonProcessingException processing && !(error instanceof JsonMappingException)) {
      return new Problem(path, "(unreadable)", "must be well-formed JSON: " + processing.getOriginalMessage()
          + location(processing));
    }
    if (error instanceof JacksonException jackson) {
      return new Problem(path, "(invalid)", jackson.getOriginalMessage());
    }
    return new Problem(path, "(invalid)", String.valueOf(rootCause(error).getMessage()));
  }

  /** A value meant for a special-category type (e.g. a complex need) may itself be one: never echo it. */
  private static boolean isSpecialCategory(Class<?> type) {
    return type != null && type.isAnnotationPresent(SpecialCategory.class);
  }

  private static String hint(InvalidFormatException format) {
    Class<?> target = format.getTargetType();
    if (target.isEnum()) {
      return " (one of " + java.util.Arrays.toString(target.getEnumConstants()) + ")";
    }
    if (target.getName().startsWith("java.time.")) {
      return " (ISO-8601, e.g. 2026-09-28)";
    }
    return "";
  }

  private static String location(JsonProcessingException error) {
    return error.getLocation() == null ? ""
        : " at line " + error.getLocation().getLineNr() + ", column " + error.getLocation().getColumnNr();
  }

  private static String path(JsonMappingException error) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : error.getPath()) {
      if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      } else if (reference.getFieldName() != null) {
        path.append('.').append(reference.getFieldName());
      }
    }
    return path.toString();
  }

  private static String join(String path, String field) {
    return field == null || field.isEmpty() ? path : path + "." + field;
  }

  private static <T extends Throwable> T find(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private static Throwable rootCause(Throwable error) {
    Throwable t = error;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
