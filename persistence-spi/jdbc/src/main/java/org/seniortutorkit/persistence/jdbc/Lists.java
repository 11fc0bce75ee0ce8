package org.seniortutorkit.persistence.jdbc;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sets of enum names or years, kept in one column as a comma-separated list: none of their values holds a comma. */
final class Lists {
  private Lists() {}

  static String join(Collection<?> values, Function<Object, String> form) {
    return values.stream().map(form).collect(Collectors.joining(","));
  }

  static String names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static <T> List<T> split(String column, Function<String, T> parse) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(column.split(",")).map(parse).toList();
  }
}
