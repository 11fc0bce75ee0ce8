package org.seniortutorkit.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a report as RFC 4180 CSV: a header row of column names, then one line per row, CRLF line ends,
 * fields quoted when they contain a comma, quote or line break, decimals with a point and one decimal place.
 */
public final class CsvReportWriter {
  private CsvReportWriter() {}

  public static void write(ReportTable table, Writer out) {
    try {
      out.write(line(table.columns().stream().map(ReportColumn::name).toList()));
      for (List<Object> row : table.rows()) {
        out.write(line(row.stream().map(CsvReportWriter::text).toList()));
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write report " + table.name() + " as CSV", e);
    }
  }

  public static String toCsv(ReportTable table) {
    java.io.StringWriter out = new java.io.StringWriter();
    write(table, out);
    return out.toString();
  }

  private static String line(List<String> fields) {
    return fields.stream().map(CsvReportWriter::quoted).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String text(Object cell) {
    return cell instanceof Double d ? String.format(Locale.ROOT, "%.1f", d) : String.valueOf(cell);
  }

  static String quoted(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
