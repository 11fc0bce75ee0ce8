package org.seniortutorkit.moodle.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A web-service parameter or return description as Moodle writes one: {@code external_value},
 * {@code external_single_structure} or {@code external_multiple_structure}, each required, optional or with a
 * default.
 */
public sealed interface Shape permits Shape.Value, Shape.Single, Shape.Multiple {

  /** VALUE_REQUIRED, VALUE_OPTIONAL or VALUE_DEFAULT. */
  enum Presence {
    REQUIRED,
    OPTIONAL,
    DEFAULT
  }

  Presence presence();

  /** {@code external_value(type, ..., presence, default)}. */
  record Value(ParamType type, Presence presence, String defaultValue) implements Shape {}

  /** {@code external_single_structure}: named fields, in order. */
  record Single(Map<String, Shape> fields, Presence presence) implements Shape {}

  /** {@code external_multiple_structure}: a list of one shape. */
  record Multiple(Shape element, Presence presence) implements Shape {}

  static Value value(ParamType type) {
    return new Value(type, Presence.REQUIRED, null);
  }

  static Value optional(ParamType type) {
    return new Value(type, Presence.OPTIONAL, null);
  }

  static Value defaulted(ParamType type, String defaultValue) {
    return new Value(type, Presence.DEFAULT, defaultValue);
  }

  /** {@code external_format_value}: PARAM_INT holding a FORMAT_* constant, FORMAT_HTML (1) by default. */
  static Value format(Presence presence) {
    return new Value(ParamType.INT, presence, presence == Presence.DEFAULT ? "1" : null);
  }

  /** Fields given as name, shape, name, shape ... */
  static Single single(Object... namesAndShapes) {
    return new Single(fields(namesAndShapes), Presence.REQUIRED);
  }

  static Single optionalSingle(Object... namesAndShapes) {
    return new Single(fields(namesAndShapes), Presence.OPTIONAL);
  }

  static Multiple many(Shape element) {
    return new Multiple(element, Presence.REQUIRED);
  }

  static Multiple optionalMany(Shape element) {
    return new Multiple(element, Presence.OPTIONAL);
  }

  static Multiple defaultedMany(Shape element) {
    return new Multiple(element, Presence.DEFAULT);
  }

  private static Map<String, Shape> fields(Object... namesAndShapes) {
    Map<String, Shape> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndShapes.length; i += 2) {
      fields.put((String) namesAndShapes[i], (Shape) namesAndShapes[i + 1]);
    }
    return fields;
  }
}
