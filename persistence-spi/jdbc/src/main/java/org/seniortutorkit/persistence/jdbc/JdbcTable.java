package org.seniortutorkit.persistence.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Page;
import org.seniortutorkit.kernel.store.PageRequest;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;

/**
 * One aggregate's repository over its table. Optimistic concurrency is a version column: an update or delete names
 * the expected version in its {@code where} clause, so a stale writer changes no row and gets a conflict.
 */
abstract class JdbcTable<K, T, Q> implements AggregateRepository<K, T, Q> {
  /** Rows per JDBC batch (and per savepoint) in {@link #createAll}. */
  static final int BATCH = 1000;

  private final Sql sql;
  private final TableMapping<K, T, Q> mapping;
  private final String columns;
  private final String byKey;
  private final String orderByKey;
  private final String insert;
  private final String update;

  JdbcTable(Sql sql, TableMapping<K, T, Q> mapping) {
    this.sql = sql;
    this.mapping = mapping;
    List<String> all = new ArrayList<>(mapping.keyColumns());
    all.addAll(mapping.valueColumns());
    this.columns = String.join(", ", all) + ", version";
    this.byKey = mapping.keyColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
    this.orderByKey = " order by " + String.join(", ", mapping.keyColumns());
    this.insert = "insert into " + mapping.table() + " (" + columns + ") values ("
        + String.join(", ", Collections.nCopies(all.size() + 1, "?")) + ")";
    this.update = "update " + mapping.table() + " set "
        + mapping.valueColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
        + ", version = ? where " + byKey + " and version = ?";
  }

  @Override
  public Optional<Versioned<T>> find(K id) {
    try {
      return sql.one("select " + columns + " from " + mapping.table() + " where " + byKey,
          params -> mapping.bindKey(params, id), this::readVersioned);
    } catch (SQLException e) {
      throw Sql.failure("find " + mapping.aggregate() + " " + id, e);
    }
  }

  @Override
  public Versioned<T> save(T value, Version expected) {
    K id = mapping.keyOf(value);
    try {
      if (expected.isNone()) {
        create(id, value);
      } else if (sql.update(update, params -> bindUpdate(params, value, expected)) == 0) {
        throw conflict(id, expected);
      }
      return Versioned.of(value, expected.next());
    } catch (SQLException e) {
      throw Sql.failure("save " + mapping.aggregate() + " " + id, e);
    }
  }

  private void create(K id, T value) throws SQLException {
    Savepoint beforeInsert = sql.savepoint();
    try {
      sql.update(insert, params -> bindInsert(params, value));
      sql.release(beforeInsert);
    } catch (SQLException e) {
      if (!Sql.isUniqueViolation(e)) {
        throw e;
      }
      sql.rollbackTo(beforeInsert);
      throw conflict(id, Version.none());
    }
  }

  @Override
  public void createAll(Iterable<? extends T> values) {
    try (PreparedStatement statement = sql.prepare(insert)) {
      List<T> batch = new ArrayList<>(BATCH);
      for (T value : values) {
        batch.add(value);
        if (batch.size() == BATCH) {
          insertBatch(statement, batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        insertBatch(statement, batch);
      }
    } catch (SQLException e) {
      throw Sql.failure("create " + mapping.aggregate() + " records", e);
    }
  }

  private void insertBatch(PreparedStatement statement, List<T> batch) throws SQLException {
    Savepoint beforeBatch = sql.savepoint();
    try {
      for (T value : batch) {
        bindInsert(new Params(statement), value);
        statement.addBatch();
      }
      statement.executeBatch();
      sql.release(beforeBatch);
    } catch (SQLException e) {
      if (!Sql.isUniqueViolation(e)) {
        throw e;
      }
      statement.clearBatch();
      sql.rollbackTo(beforeBatch);
      throw firstExisting(batch);
    }
  }

  /** After a batch hit a duplicate: name the first aggregate of the batch that exists already. */
  private ConcurrentModificationConflict firstExisting(List<T> batch) throws SQLException {
    for (T value : batch) {
      K id = mapping.keyOf(value);
      Version actual = versionOf(id);
      if (!actual.isNone()) {
        return new ConcurrentModificationConflict(mapping.aggregate(), id, Version.none(), actual);
      }
    }
    K first = mapping.keyOf(batch.get(0));
    return new ConcurrentModificationConflict(mapping.aggregate(), first, Version.none(), Version.first());
  }

  @Override
  public void delete(K id, Version expected) {
    try {
      int deleted = sql.update("delete from " + mapping.table() + " where " + byKey + " and version = ?", params -> {
        mapping.bindKey(params, id);
        params.number(expected.number());
      });
      if (deleted == 0) {
        throw conflict(id, expected);
      }
    } catch (SQLException e) {
      throw Sql.failure("delete " + mapping.aggregate() + " " + id, e);
    }
  }

  @Override
  public Page<Versioned<T>> page(Q query, PageRequest request) {
    Where where = mapping.where(query);
    try {
      List<Versioned<T>> items = sql.list(
          "select " + columns + " from " + mapping.table() + where.sql() + orderByKey + " limit ? offset ?",
          params -> {
            where.bind(params);
            params.integer(request.size());
            params.number(request.offset());
          },
          this::readVersioned);
      return new Page<>(items, request, count(query));
    } catch (SQLException e) {
      throw Sql.failure("read a page of " + mapping.aggregate() + " records", e);
    }
  }

  @Override
  public Stream<Versioned<T>> stream(Q query) {
    Where where = mapping.where(query);
    try {
      return sql.stream("select " + columns + " from " + mapping.table() + where.sql() + orderByKey,
          where::bind, this::readVersioned);
    } catch (SQLException e) {
      throw Sql.failure("stream " + mapping.aggregate() + " records", e);
    }
  }

  @Override
  public long count(Q query) {
    Where where = mapping.where(query);
    try {
      return sql.one("select count(*) from " + mapping.table() + where.sql(), where::bind, Columns::number)
          .orElse(0L);
    } catch (SQLException e) {
      throw Sql.failure("count " + mapping.aggregate() + " records", e);
    }
  }

  private ConcurrentModificationConflict conflict(K id, Version expected) throws SQLException {
    return new ConcurrentModificationConflict(mapping.aggregate(), id, expected, versionOf(id));
  }

  private Version versionOf(K id) throws SQLException {
    return sql.one("select version from " + mapping.table() + " where " + byKey,
        params -> mapping.bindKey(params, id), columns -> Version.of(columns.number())).orElse(Version.none());
  }

  private void bindInsert(Params params, T value) throws SQLException {
    mapping.bindKey(params, mapping.keyOf(value));
    mapping.bindValues(params, value);
    params.number(Version.first().number());
  }

  private void bindUpdate(Params params, T value, Version expected) throws SQLException {
    mapping.bindValues(params, value);
    params.number(expected.next().number());
    mapping.bindKey(params, mapping.keyOf(value));
    params.number(expected.number());
  }

  private Versioned<T> readVersioned(Columns row) throws SQLException {
    T value = mapping.read(row);
    return Versioned.of(value, Version.of(row.number()));
  }
}
