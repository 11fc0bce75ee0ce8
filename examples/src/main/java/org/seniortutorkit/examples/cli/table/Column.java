package org.seniortutorkit.examples.cli.table;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * One column of a {@link TextTable}: its header, how its cells align, and whether it may wrap.
 *
 * <p>Only wrapping columns give way when a table is too wide. Ids, codes and numbers are never wrapped: half
 * a student number is worse than a line that runs past the edge of the terminal.
 */
public final class Column {
  /** Narrower than this, wrapped prose turns into a column of single words. */
  static final int DEFAULT_MINIMUM = 12;

  private final String header;
  private final boolean rightAligned;
  private final boolean wraps;
  private final int minimum;

  private Column(String header, boolean rightAligned, boolean wraps, int minimum) {
    this.header = header;
    this.rightAligned = rightAligned;
    this.wraps = wraps;
    this.minimum = minimum;
  }

  /** An id, code or name kept whole on one line, aligned left. */
  public static Column whole(String header) {
    return new Column(header, false, false, 0);
  }

  /** A number (or a number-like figure such as {@code 12/18}) kept whole and aligned right. */
  public static Column number(String header) {
    return new Column(header, true, false, 0);
  }

  /** Long text that wraps at word boundaries when the table is too wide, never narrower than 12 characters. */
  public static Column wrapped(String header) {
    return wrapped(header, DEFAULT_MINIMUM);
  }

  /** Long text that wraps at word boundaries, never narrower than {@code minimum} (or its longest word). */
  public static Column wrapped(String header, int minimum) {
    checkArgument(minimum >= 1, "a wrapped column's minimum width must be at least 1, not %s", minimum);
    return new Column(header, false, true, minimum);
  }

  String header() {
    return header;
  }

  boolean rightAligned() {
    return rightAligned;
  }

  boolean wraps() {
    return wraps;
  }

  int minimum() {
    return minimum;
  }
}
