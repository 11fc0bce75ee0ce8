package org.seniortutorkit.records;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.kernel.StudentId;

/**
 * The CSV forms of the two bulky record kinds, as student-records systems export them: a header row, then one
 * record a line, fields separated by commas (a field holding a comma is quoted, as RFC 4180 has it). A bad line
 * fails with the file, line, column, value and rule.
 */
public final class CsvRecords {
  /** Rows as string arrays; Jackson's CSV parser handles quoting and line endings. */
  private static final ObjectReader ROWS =
      new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class);

  private CsvRecords() {}

  /** {@code student,date,attended} with attended one of true/false, yes/no, y/n, 1/0. */
  public static List<AttendanceEvent> attendance(String file, String text) {
    return parse(file, text, List.of("student", "date", "attended"), row -> AttendanceEvent.of(
        StudentId.of(row.get(0)), row.date(1), row.bool(2)));
  }

  /**
   * {@code student,module,academicYear,credits,mark[,attempt[,core]]}; attempt defaults to 1, core (a must-pass
   * module, never compensated: true/false, yes/no, y/n, 1/0) to false.
   */
  public static List<ModuleResult> marks(String file, String text) {
    return parse(file, text, List.of("student", "module", "academicYear", "credits", "mark"), row ->
        ModuleResult.builder().student(StudentId.of(row.get(0))).module(row.get(1))
            .academicYear(AcademicYear.parse(row.get(2))).credits(row.integer(3)).mark(row.integer(4))
            .attempt(row.size() > 5 ? row.integer(5) : 1).core(row.size() > 6 && row.bool(6)).build());
  }

  private static <T> List<T> parse(String file, String text, List<String> required, Function<Row, T> read) {
    try (MappingIterator<String[]> rows = ROWS.readValues(text)) {
      String[] first = rows.hasNextValue() ? rows.nextValue() : new String[0];
      if (isBlank(first)) {
        throw new IllegalArgumentException(file + ": is empty; the first line must be the header " + required);
      }
      List<String> header = Arrays.stream(first).map(String::trim).toList();
      if (header.size() < required.size() || !header.subList(0, required.size()).equals(required)) {
        throw new IllegalArgumentException(file + " line 1: header " + header + " must start with " + required);
      }
      List<T> records = new ArrayList<>();
      while (rows.hasNextValue()) {
        int line = rows.getParser().currentLocation().getLineNr();
        String[] fields = rows.nextValue();
        if (isBlank(fields)) {
          continue;
        }
        records.add(readRow(new Row(file, line, header, fields), required, read));
      }
      return records;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": is not well-formed CSV: " + e.getMessage(), e);
    }
  }

  private static <T> T readRow(Row row, List<String> required, Function<Row, T> read) {
    if (row.size() < required.size()) {
      throw new IllegalArgumentException(row.file() + " line " + row.line() + ": has " + row.size()
          + " fields, needs " + required.size() + " " + required);
    }
    try {
      return read.apply(row);
    } catch (IllegalArgumentException e) {
      throw e.getMessage() != null && e.getMessage().startsWith(row.file()) ? e
          : new IllegalArgumentException(row.file() + " line " + row.line() + ": " + e.getMessage(), e);
    }
  }

  private static boolean isBlank(String[] fields) {
    return Arrays.stream(fields).allMatch(String::isBlank);
  }

  /** One CSV line, with typed access that names the column on error. */
  private record Row(String file, int line, List<String> header, String[] fields) {
    int size() {
      return fields.length;
    }

    String get(int column) {
      return fields[column].trim();
    }

    int integer(int column) {
      try {
        return Integer.parseInt(get(column));
      } catch (NumberFormatException e) {
        throw problem(column, "must be a whole number");
      }
    }

    LocalDate date(int column) {
      try {
        return LocalDate.parse(get(column));
      } catch (DateTimeParseException e) {
        throw problem(column, "must be an ISO-8601 date, e.g. 2026-11-27");
      }
    }

    boolean bool(int column) {
      switch (get(column).toLowerCase(Locale.ROOT)) {
        case "true": case "yes": case "y": case "1":
          return true;
        case "false": case "no": case "n": case "0":
          return false;
        default:
          throw problem(column, "must be true or false");
      }
    }

    private IllegalArgumentException problem(int column, String rule) {
      return new IllegalArgumentException(file + " line " + line + ": " + header.get(column) + " = \""
          + get(column) + "\" " + rule);
    }
  }
}
