package org.seniortutorkit.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Binds a statement's parameters in order, so mappings list values rather than count indexes. */
final class Params {
  private final PreparedStatement statement;
  private int index;

  Params(PreparedStatement statement) {
    this.statement = statement;
  }

  Params string(String value) throws SQLException {
    statement.setString(++index, value);
    return this;
  }

  Params string(Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      return string(value.get());
    }
    statement.setNull(++index, Types.VARCHAR);
    return this;
  }

  Params integer(int value) throws SQLException {
    statement.setInt(++index, value);
    return this;
  }

  Params number(long value) throws SQLException {
    statement.setLong(++index, value);
    return this;
  }

  Params real(double value) throws SQLException {
    statement.setDouble(++index, value);
    return this;
  }

  Params date(LocalDate value) throws SQLException {
    statement.setObject(++index, value);
    return this;
  }

  Params date(Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      return date(value.get());
    }
    statement.setNull(++index, Types.DATE);
    return this;
  }

  Params instant(Instant value) throws SQLException {
    statement.setObject(++index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    return this;
  }

  Params any(Object value) throws SQLException {
    if (value instanceof LocalDate date) {
      return date(date);
    }
    statement.setObject(++index, value);
    return this;
  }
}
