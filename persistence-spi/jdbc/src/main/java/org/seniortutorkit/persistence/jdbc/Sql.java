package org.seniortutorkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.seniortutorkit.kernel.store.PersistenceException;

/** Plain JDBC on the transaction's connection: statements, single rows, lists and lazily read streams. */
final class Sql {
  /** Rows fetched per round trip when streaming: enough to be fast, few enough to keep memory bounded. */
  static final int FETCH_SIZE = 1000;
  private static final String UNIQUE_VIOLATION = "23505";

  /** Binds a statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(Params params) throws SQLException;
  }

  /** Turns the current row into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Columns columns) throws SQLException;
  }

  private final Connection connection;
  private final List<AutoCloseable> openCursors;

  Sql(Connection connection, List<AutoCloseable> openCursors) {
    this.connection = connection;
    this.openCursors = openCursors;
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  int update(String sql, Binder binder) throws SQLException {
    try (PreparedStatement statement = prepare(sql)) {
      binder.bind(new Params(statement));
      return statement.executeUpdate();
    }
  }

  <T> Optional<T> one(String sql, Binder binder, Reader<T> reader) throws SQLException {
    try (PreparedStatement statement = prepare(sql)) {
      binder.bind(new Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(reader.read(new Columns(rows))) : Optional.empty();
      }
    }
  }

  <T> List<T> list(String sql, Binder binder, Reader<T> reader) throws SQLException {
    try (PreparedStatement statement = prepare(sql)) {
      binder.bind(new Params(statement));
      try (ResultSet rows = statement.executeQuery()) {
        List<T> values = new ArrayList<>();
        while (rows.next()) {
          values.add(reader.read(new Columns(rows)));
        }
        return values;
      }
    }
  }

  /** A stream over a cursor: rows are read as the stream is consumed, and closing it closes the cursor. */
  <T> Stream<T> stream(String sql, Binder binder, Reader<T> reader) throws SQLException {
    PreparedStatement statement = prepare(sql);
    try {
      statement.setFetchSize(FETCH_SIZE);
      binder.bind(new Params(statement));
      ResultSet rows = statement.executeQuery();
      AutoCloseable cursor = () -> {
        try (statement; rows) {
          // closes the result set, then the statement
        }
      };
      openCursors.add(cursor);
      return StreamSupport.stream(new RowSpliterator<>(rows, reader), false)
          .onClose(() -> closeCursor(cursor));
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  private void closeCursor(AutoCloseable cursor) {
    openCursors.remove(cursor);
    try {
      cursor.close();
    } catch (Exception e) {
      throw new PersistenceException("cannot close a cursor: " + e.getMessage(), e);
    }
  }

  Savepoint savepoint() throws SQLException {
    return connection.setSavepoint();
  }

  void rollbackTo(Savepoint savepoint) throws SQLException {
    connection.rollback(savepoint);
  }

  void release(Savepoint savepoint) throws SQLException {
    connection.releaseSavepoint(savepoint);
  }

  static boolean isUniqueViolation(SQLException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUniqueViolationItself(sql)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUniqueViolationItself(SQLException failure) {
    for (SQLException next = failure; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static PersistenceException failure(String what, SQLException e) {
    return new PersistenceException("cannot " + what + ": " + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
  }

  /** Reads one row per advance, so a million-row result never sits in memory. */
  private static final class RowSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
    private final ResultSet rows;
    private final Reader<T> reader;

    RowSpliterator(ResultSet rows, Reader<T> reader) {
      super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
      this.rows = rows;
      this.reader = reader;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      try {
        if (!rows.next()) {
          return false;
        }
        action.accept(reader.read(new Columns(rows)));
        return true;
      } catch (SQLException e) {
        throw failure("read the next row", e);
      }
    }
  }
}
