package org.seniortutorkit.moodle.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.seniortutorkit.moodle.errors.MalformedResponseException;

/**
 * A position in one Moodle response, with the rules Moodle's JSON follows: times are Unix seconds where 0 means
 * unset, flags are 0/1 or true/false, optional fields are left out rather than null. Every broken rule becomes a
 * {@link MalformedResponseException} naming the function, the path, the value and the rule.
 */
public final class Json {
  private final String function;
  private final Json parent;
  private final String segment;
  private final JsonNode node;

  /** The path is built only when a rule breaks: a large grade report has hundreds of thousands of fields. */
  private Json(String function, Json parent, String segment, JsonNode node) {
    this.function = function;
    this.parent = parent;
    this.segment = segment;
    this.node = node;
  }

  /** The root of {@code function}'s response. */
  public static Json root(String function, JsonNode node) {
    return new Json(function, null, "response", node);
  }

  /** Where this value sits in the response, e.g. {@code response.usergrades[2].gradeitems[0].graderaw}. */
  public String path() {
    return parent == null ? segment : parent.path() + segment;
  }

  public boolean isNull() {
    return node == null || node.isNull() || node.isMissingNode();
  }

  public Json field(String name) {
    return new Json(function, this, "." + name, node == null ? null : node.get(name));
  }

  public boolean has(String name) {
    return node != null && node.hasNonNull(name);
  }

  /** The elements of a required array. */
  public List<Json> elements() {
    if (node == null || !node.isArray()) {
      throw fail(node, "must be an array");
    }
    List<Json> items = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      items.add(new Json(function, this, "[" + i + "]", node.get(i)));
    }
    return items;
  }

  /** The elements of an array that Moodle may leave out, mapped by {@code reader}. */
  public <T> List<T> list(String name, Function<Json, T> reader) {
    Json child = field(name);
    if (child.isNull()) {
      return List.of();
    }
    return child.elements().stream().map(reader).toList();
  }

  public <T> List<T> requiredList(String name, Function<Json, T> reader) {
    return field(name).elements().stream().map(reader).toList();
  }

  public long requiredLong(String name) {
    return field(name).asLong();
  }

  public long asLong() {
    if (node == null || node.isNull()) {
      throw fail(node, "is required");
    }
    if (node.isIntegralNumber()) {
      return node.asLong();
    }
    if (node.isTextual() && node.asText().matches("-?\\d{1,18}")) {
      return Long.parseLong(node.asText());
    }
    throw fail(node, "must be an integer");
  }

  public int requiredInt(String name) {
    return Math.toIntExact(requiredLong(name));
  }

  public Optional<Long> optionalLong(String name) {
    return has(name) ? Optional.of(requiredLong(name)) : Optional.empty();
  }

  public String requiredText(String name) {
    return field(name).asText();
  }

  public String asText() {
    if (node == null || node.isNull()) {
      throw fail(node, "is required");
    }
    if (!node.isValueNode()) {
      throw fail(node, "must be a string");
    }
    return node.asText();
  }

  /** Text Moodle may leave out; an empty string also counts as absent (e.g. an unset idnumber). */
  public Optional<String> optionalText(String name) {
    if (!has(name)) {
      return Optional.empty();
    }
    String text = requiredText(name);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** A PARAM_BOOL ({@code true}/{@code false}) or PARAM_INT flag (0/1); {@code fallback} when left out. */
  public boolean flag(String name, boolean fallback) {
    Json child = field(name);
    if (child.isNull()) {
      return fallback;
    }
    JsonNode value = child.node;
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    if (value.isIntegralNumber() && (value.asInt() == 0 || value.asInt() == 1)) {
      return value.asInt() == 1;
    }
    if (value.isTextual() && (value.asText().equals("0") || value.asText().equals("1"))) {
      return value.asText().equals("1");
    }
    throw child.fail(value, "must be true, false, 0 or 1");
  }

  /** Unix seconds; 0 (Moodle's "never") and absence are both empty. */
  public Optional<Instant> time(String name) {
    Optional<Long> seconds = optionalLong(name);
    if (seconds.isPresent() && seconds.get() < 0) {
      throw field(name).fail(field(name).node, "must be Unix seconds, not negative");
    }
    return seconds.filter(s -> s != 0).map(Instant::ofEpochSecond);
  }

  /** A float that may be null or left out (an ungraded item); numeric strings are accepted. */
  public OptionalDouble optionalDouble(String name) {
    Json child = field(name);
    if (child.isNull()) {
      return OptionalDouble.empty();
    }
    JsonNode value = child.node;
    if (value.isNumber()) {
      return OptionalDouble.of(value.asDouble());
    }
    if (value.isTextual()) {
      if (value.asText().isBlank() || value.asText().equals("-")) {
        return OptionalDouble.empty();
      }
      try {
        return OptionalDouble.of(Double.parseDouble(value.asText()));
      } catch (NumberFormatException e) {
        throw child.fail(value, "must be a number");
      }
    }
    throw child.fail(value, "must be a number");
  }

  /** A failure at this position. */
  public MalformedResponseException fail(JsonNode value, String rule) {
    String rendered = value == null || value.isMissingNode() ? null
        : value.isTextual() ? "\"" + value.asText() + "\"" : value.toString();
    return MalformedResponseException.field(function, path(), rendered, rule);
  }

  public MalformedResponseException fail(String rule) {
    return fail(node, rule);
  }
}
