package org.seniortutorkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL server the tests use: {@code STK_POSTGRES_URL} / {@code STK_POSTGRES_USER} /
 * {@code STK_POSTGRES_PASSWORD}, by default {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}.
 * With {@code STK_REQUIRE_POSTGRES=1} (or {@code -Dstk.requirePostgres=true}) an unreachable server fails the
 * build instead of skipping the PostgreSQL tests.
 */
final class PostgresAvailability {
  static final String URL = setting("STK_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
  static final String USER = setting("STK_POSTGRES_USER", "postgres");
  static final String PASSWORD = setting("STK_POSTGRES_PASSWORD", "");

  private PostgresAvailability() {}

  /** Why PostgreSQL cannot be used, or empty if it can. */
  static Optional<String> unreachableBecause() {
    try (Connection connection = connect()) {
      return connection.isValid(3) ? Optional.empty() : Optional.of("connection is not valid");
    } catch (SQLException e) {
      return Optional.of(e.getMessage());
    }
  }

  static boolean required() {
    String env = System.getenv("STK_REQUIRE_POSTGRES");
    return Boolean.getBoolean("stk.requirePostgres") || "1".equals(env) || "true".equalsIgnoreCase(env);
  }

  static Connection connect() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  static void execute(String sql) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused `" + sql + "`: " + e.getMessage(), e);
    }
  }

  private static String setting(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
