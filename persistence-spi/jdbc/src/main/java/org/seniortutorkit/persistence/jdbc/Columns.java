package org.seniortutorkit.persistence.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Reads a row's columns in the order they were selected. */
final class Columns {
  private final ResultSet row;
  private int index;

  Columns(ResultSet row) {
    this.row = row;
  }

  /** Passes over {@code count} columns, e.g. indexed copies of what a payload holds. */
  void skip(int count) {
    index += count;
  }

  String string() throws SQLException {
    return row.getString(++index);
  }

  Optional<String> optionalString() throws SQLException {
    return Optional.ofNullable(row.getString(++index));
  }

  int integer() throws SQLException {
    return row.getInt(++index);
  }

  long number() throws SQLException {
    return row.getLong(++index);
  }

  double real() throws SQLException {
    return row.getDouble(++index);
  }

  LocalDate date() throws SQLException {
    return row.getObject(++index, LocalDate.class);
  }

  Optional<LocalDate> optionalDate() throws SQLException {
    return Optional.ofNullable(row.getObject(++index, LocalDate.class));
  }

  Instant instant() throws SQLException {
    return row.getObject(++index, OffsetDateTime.class).toInstant();
  }
}
