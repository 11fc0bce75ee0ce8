package org.seniortutorkit.examples.cli.table;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table with a header row that fits a width budget.
 *
 * <p>Columns start at their natural width (the widest cell or header). When the table is wider than the
 * budget, the widest {@link Column#wrapped wrapped} column gives up a character at a time, and its text moves
 * onto continuation lines at word boundaries, until the table fits or every wrapped column is at its minimum
 * (its own minimum, or its longest word if that is longer, so no word is cut). Ids and numbers never shrink. A
 * table that cannot fit even then is printed wider than the budget: a wide line is readable, a refusal is not.
 *
 * <pre>{@code
 * TextTable table = TextTable.of(Column.whole("rule"), Column.number("students"), Column.wrapped("action"));
 * table.row("MON-ATTENDANCE", 12, "Meet the student and agree an attendance plan");
 * table.render(80).forEach(out::println);
 * }</pre>
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final List<Column> columns;
  private final List<List<String>> rows = new ArrayList<>();
  private int indent;

  private TextTable(List<Column> columns) {
    this.columns = columns;
  }

  public static TextTable of(Column... columns) {
    checkArgument(columns.length > 0, "a table needs at least one column");
    return new TextTable(List.of(columns));
  }

  /** Spaces before every line; they count against the width budget. */
  public TextTable indent(int spaces) {
    checkArgument(spaces >= 0, "indent must not be negative, not %s", spaces);
    this.indent = spaces;
    return this;
  }

  /** Adds a row; each cell is printed with {@link String#valueOf}. */
  public TextTable row(Object... cells) {
    checkArgument(cells.length == columns.size(), "a row of this table has %s cells, not %s", columns.size(),
        cells.length);
    rows.add(Arrays.stream(cells).map(String::valueOf).toList());
    return this;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The header and rows as lines no wider than {@code width} where the columns allow it; no trailing spaces. */
  public List<String> render(int width) {
    int[] widths = fit(width);
    List<String> lines = new ArrayList<>();
    lines.addAll(lines(columns.stream().map(Column::header).toList(), widths));
    rows.forEach(row -> lines.addAll(lines(row, widths)));
    return lines;
  }

  private int[] fit(int width) {
    int[] widths = new int[columns.size()];
    int[] floors = new int[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = natural(c);
      floors[c] = columns.get(c).wraps() ? Math.min(widths[c], floor(c)) : widths[c];
    }
    int excess = indent + Arrays.stream(widths).sum() + GAP.length() * (widths.length - 1) - width;
    for (; excess > 0; excess--) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (widths[c] > floors[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        break;   // every column is as narrow as it may be: print wider than asked
      }
      widths[widest]--;
    }
    return widths;
  }

  private int natural(int column) {
    int widest = columns.get(column).header().length();
    for (List<String> row : rows) {
      widest = Math.max(widest, row.get(column).length());
    }
    return widest;
  }

  private int floor(int column) {
    int floor = Math.max(columns.get(column).minimum(), WordWrap.longestWord(columns.get(column).header()));
    for (List<String> row : rows) {
      floor = Math.max(floor, WordWrap.longestWord(row.get(column)));
    }
    return floor;
  }

  private List<String> lines(List<String> cells, int[] widths) {
    List<List<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      List<String> cell = columns.get(c).wraps() ? WordWrap.lines(cells.get(c), widths[c]) : List.of(cells.get(c));
      wrapped.add(cell);
      height = Math.max(height, cell.size());
    }
    List<String> lines = new ArrayList<>();
    for (int l = 0; l < height; l++) {
      StringBuilder line = new StringBuilder(" ".repeat(indent));
      for (int c = 0; c < cells.size(); c++) {
        String text = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
        line.append(c == 0 ? "" : GAP).append(pad(text, widths[c], columns.get(c).rightAligned()));
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  private static String pad(String text, int width, boolean right) {
    String spaces = " ".repeat(Math.max(0, width - text.length()));
    return right ? spaces + text : text + spaces;
  }
}
