package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The conditions of a query, built from its optional criteria: column names are ours, values are parameters. */
final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();

  Where equal(String column, Object value) {
    return condition(column + " = ?", value);
  }

  /** {@code column} holds a comma-separated list that includes {@code token}. */
  Where listContains(String column, String token) {
    return condition("(',' || " + column + " || ',') like ?", "%," + token + ",%");
  }

  Where condition(String sql, Object... parameters) {
    conditions.add(sql);
    values.addAll(List.of(parameters));
    return this;
  }

  String sql() {
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  void bind(Params params) throws SQLException {
    for (Object value : values) {
      params.any(value);
    }
  }
}
