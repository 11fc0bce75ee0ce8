package org.seniortutorkit.records;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One CSV file of a records folder read row by row, its columns found by the header's names, never by position:
 * a file may order its columns as it likes and leave optional ones out, but a missing required column, a column
 * named twice and a column the format does not know are refused before any row is read (an unknown column is
 * most often a misspelt one, whose values would otherwise be silently ignored).
 *
 * <p>Jackson's CSV parser, not hand parsing, splits the rows: it implements RFC 4180 (quoted fields holding
 * commas, quotes and line breaks), accepts CRLF and LF, and streams, so a file of millions of rows is never
 * held in memory. The bytes are decoded strictly as UTF-8 first ({@link StrictUtf8Reader}, which also drops a
 * byte-order mark).
 */
final class CsvTable {
  private static final ObjectReader ROWS =
      new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class);

  private final String file;
  private final List<String> required;
  private final List<String> optional;

  CsvTable(String file, List<String> required, List<String> optional) {
    this.file = file;
    this.required = List.copyOf(required);
    this.optional = List.copyOf(optional);
  }

  /**
   * Hands every non-blank row of {@code in} to {@code row}; header and decoding problems go to {@code problems}
   * (and end the read), problems in a row go there through the row.
   */
  void read(InputStream in, Problems problems, Consumer<CsvRow> row) {
    StrictUtf8Reader text = new StrictUtf8Reader(in);
    try (text; MappingIterator<String[]> rows = ROWS.readValues(text)) {
      if (!rows.hasNextValue()) {
        problems.add(file, "", "", "is empty; the first line must be the header " + String.join(",", required));
        return;
      }
      Map<String, Integer> columns = header(rows.nextValue(), problems);
      if (columns == null) {
        return;
      }
      while (rows.hasNextValue()) {
        long line = rows.getParser().currentLocation().getLineNr();
        String[] fields = rows.nextValue();
        if (Arrays.stream(fields).allMatch(String::isBlank)) {
          continue;
        }
        if (fields.length > columns.size() || !trailingOptional(columns, fields.length)) {
          problems.add(file, "line " + line, "", "has " + fields.length + " fields, the header has "
              + columns.size() + " (" + String.join(",", columns.keySet()) + ")");
          continue;
        }
        row.accept(new CsvRow(file, line, columns, fields, problems));
      }
    } catch (IOException | RuntimeException e) {
      problems.add(file, "", "", text.failure().orElseGet(() -> "must be well-formed CSV (RFC 4180): "
          + firstLine(e)));
    }
  }

  /** Column name to position, or null when the header is refused. */
  private Map<String, Integer> header(String[] names, Problems problems) {
    Map<String, Integer> columns = new java.util.LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].strip();
      if (!required.contains(name) && !optional.contains(name)) {
        wrong.add("column \"" + name + "\" is not one of " + String.join(",", known()));
      } else if (columns.put(name, i) != null) {
        wrong.add("column \"" + name + "\" is named twice");
      }
    }
    required.stream().filter(name -> !columns.containsKey(name))
        .forEach(name -> wrong.add("required column \"" + name + "\" is missing"));
    wrong.forEach(rule -> problems.add(file, "line 1", "header", rule));
    return wrong.isEmpty() ? columns : null;
  }

  /** A row may stop early when every column it leaves out is optional, as spreadsheets export it. */
  private boolean trailingOptional(Map<String, Integer> columns, int given) {
    return columns.entrySet().stream().filter(column -> column.getValue() >= given)
        .allMatch(column -> optional.contains(column.getKey()));
  }

  private List<String> known() {
    List<String> known = new ArrayList<>(required);
    known.addAll(optional);
    return known;
  }

  private static String firstLine(Throwable error) {
    String message = String.valueOf(error.getMessage());
    return message.lines().findFirst().orElse(message);
  }
}
