package org.seniortutorkit.reporting;

/** The type of a report column: how its cells are checked and written. */
public enum ColumnType {
  /** A {@link String}. */
  TEXT,
  /** A {@link Long} or {@link Integer}. */
  INTEGER,
  /** A {@link Double}, written with one decimal place in CSV. */
  DECIMAL,
  /** A {@link Boolean}. */
  BOOLEAN;

  boolean accepts(Object cell) {
    return switch (this) {
      case TEXT -> cell instanceof String;
      case INTEGER -> cell instanceof Integer || cell instanceof Long;
      case DECIMAL -> cell instanceof Double;
      case BOOLEAN -> cell instanceof Boolean;
    };
  }
}
