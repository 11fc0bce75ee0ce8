package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;

/** How one aggregate maps to its table: columns in order, key columns first. */
interface TableMapping<K, T, Q> {
  /** The aggregate's name in conflict reports, e.g. {@code "Student"}. */
  String aggregate();

  String table();

  List<String> keyColumns();

  /** The other columns, in the order {@link #bindValues} binds them and {@link #read} reads them after the key. */
  List<String> valueColumns();

  K keyOf(T value);

  void bindKey(Params params, K key) throws SQLException;

  void bindValues(Params params, T value) throws SQLException;

  /** Reads the key columns, then the value columns. */
  T read(Columns columns) throws SQLException;

  Where where(Q query);
}
