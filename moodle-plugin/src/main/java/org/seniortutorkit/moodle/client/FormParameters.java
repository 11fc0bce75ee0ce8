package org.seniortutorkit.moodle.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function's arguments in PHP bracket notation, the only shape Moodle's REST server parses:
 * {@code assignments[0][roleid]=9&assignments[0][contextlevel]=user}. Booleans go as 1/0.
 *
 * <pre>{@code
 * FormParameters.create().add("field", "id").addList("values", List.of(3, 4));
 * // field=id, values[0]=3, values[1]=4
 * }</pre>
 */
public final class FormParameters {
  private final List<Map.Entry<String, String>> entries = new ArrayList<>();

  private FormParameters() {}

  public static FormParameters create() {
    return new FormParameters();
  }

  public FormParameters add(String name, Object value) {
    entries.add(Map.entry(name, render(value)));
    return this;
  }

  /** {@code name[0]=a&name[1]=b}. Moodle cannot express an empty list, so an empty list adds nothing. */
  public FormParameters addList(String name, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      add(name + "[" + i + "]", values.get(i));
    }
    return this;
  }

  /** {@code name[i][key]=value} for each map of {@code rows}; nested maps become deeper brackets. */
  public FormParameters addObjects(String name, List<? extends Map<String, ?>> rows) {
    for (int i = 0; i < rows.size(); i++) {
      addObject(name + "[" + i + "]", rows.get(i));
    }
    return this;
  }

  /** {@code name[key]=value}, recursively for nested maps. */
  public FormParameters addObject(String name, Map<String, ?> fields) {
    fields.forEach((key, value) -> {
      String path = name + "[" + key + "]";
      if (value instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, ?> typed = (Map<String, ?>) nested;
        addObject(path, typed);
      } else {
        add(path, value);
      }
    });
    return this;
  }

  /** The name/value pairs in order, for the request body. */
  public List<Map.Entry<String, String>> entries() {
    return List.copyOf(entries);
  }

  private static String render(Object value) {
    if (value instanceof Boolean flag) {
      return flag ? "1" : "0";
    }
    return String.valueOf(value);
  }

  @Override
  public String toString() {
    return entries.toString();
  }
}
