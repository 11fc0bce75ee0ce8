package org.seniortutorkit.records;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.ModuleResult;

/**
 * The CSV forms of the two bulky record kinds, as student-records systems export them: a header row naming the
 * columns (in any order), then one record a line (RFC 4180: a field holding a comma, quote or line break is
 * quoted; CRLF or LF; UTF-8, with or without a byte-order mark). Every command reads these files through here.
 *
 * <ul>
 *   <li>{@code attendance.csv}: {@code student,date,attended}, attended one of true/false, yes/no, y/n, 1/0.
 *   <li>{@code marks.csv}: {@code student,module,academicYear,credits,mark} and optionally {@code attempt}
 *       (1-10, default 1) and {@code core} (a must-pass module, never compensated; default false).
 * </ul>
 */
public final class CsvRecords {
  static final List<String> ATTENDANCE = List.of("student", "date", "attended");
  static final List<String> MARKS = List.of("student", "module", "academicYear", "credits", "mark");
  static final List<String> MARKS_OPTIONAL = List.of("attempt", "core");

  private CsvRecords() {}

  /**
   * The attendance in {@code text}, a whole {@code attendance.csv}; every bad row is reported together in a
   * {@link RecordsFolderException}, as is a row that repeats another.
   */
  public static List<AttendanceEvent> attendance(String file, String text) {
    return all(file, text, (in, problems, each) -> {
      AttendanceRepeats repeats = new AttendanceRepeats();
      attendance(file, in, problems, Optional::of, (event, row) -> {
        if (repeats.add(event)) {
          each.add(event);
        } else {
          row.problem("repeats an earlier row (same student, date and attended): one session counted twice");
        }
      });
    });
  }

  /**
   * The module results in {@code text}, a whole {@code marks.csv}; every bad row is reported together in a
   * {@link RecordsFolderException}, as are two rows for one attempt at a module.
   */
  public static List<ModuleResult> marks(String file, String text) {
    return all(file, text, (in, problems, each) -> {
      ModuleAttempts attempts = new ModuleAttempts();
      marks(file, in, problems, Optional::of, (result, row) -> {
        if (attempts.add(result, row.file() + " " + row.where(), row::problem)) {
          each.add(result);
        }
      });
    });
  }

  /**
   * Streams {@code attendance.csv}: each valid row whose student {@code student} resolves goes to {@code each}
   * with its row (to report a problem found later, e.g. a repeat).
   */
  static void attendance(String file, InputStream in, Problems problems,
      Function<StudentId, Optional<StudentId>> student, BiConsumer<AttendanceEvent, CsvRow> each) {
    // Millions of rows name a few hundred days: keep one LocalDate per day, not one per row.
    Map<LocalDate, LocalDate> days = new HashMap<>();
    new CsvTable(file, ATTENDANCE, List.of()).read(in, problems, row -> {
      Optional<StudentId> id = student(row, student);
      Optional<LocalDate> on = row.date("date").map(day -> days.computeIfAbsent(day, d -> d));
      Optional<Boolean> attended = row.bool("attended");
      if (row.isValid()) {
        each.accept(AttendanceEvent.of(id.orElseThrow(), on.orElseThrow(), attended.orElseThrow()), row);
      }
    });
  }

  /** Streams {@code marks.csv}, as {@link #attendance(String, InputStream, Problems, Function, BiConsumer)}. */
  static void marks(String file, InputStream in, Problems problems,
      Function<StudentId, Optional<StudentId>> student, BiConsumer<ModuleResult, CsvRow> each) {
    new CsvTable(file, MARKS, MARKS_OPTIONAL).read(in, problems, row -> {
      Optional<StudentId> id = student(row, student);
      Optional<String> module = row.text("module");
      Optional<AcademicYear> year = row.value("academicYear", AcademicYear::parse,
          "must be an academic year such as 2025/26");
      Optional<Integer> credits = row.integer("credits", 1, 180);
      Optional<Integer> mark = row.integer("mark", 0, 100);
      Optional<Integer> attempt = row.optional("attempt").isPresent() ? row.integer("attempt", 1, 10)
          : Optional.of(1);
      Optional<Boolean> core = row.optional("core").isPresent() ? row.bool("core") : Optional.of(false);
      if (row.isValid()) {
        each.accept(ModuleResult.builder().student(id.orElseThrow()).module(module.orElseThrow())
            .academicYear(year.orElseThrow()).credits(credits.orElseThrow()).mark(mark.orElseThrow())
            .attempt(attempt.orElseThrow()).core(core.orElseThrow()).build(), row);
      }
    });
  }

  /** The row's student: a valid id that {@code known} resolves, else a problem naming the file and line. */
  private static Optional<StudentId> student(CsvRow row, Function<StudentId, Optional<StudentId>> known) {
    Optional<StudentId> id = row.value("student", StudentId::of, "must be a student id");
    if (id.isEmpty()) {
      return id;
    }
    Optional<StudentId> listed = known.apply(id.get());
    if (listed.isEmpty()) {
      row.problem("student " + id.get().value() + " is not in students.json");
    }
    return listed;
  }

  @FunctionalInterface
  private interface Body<T> {
    void read(InputStream in, Problems problems, List<T> each);
  }

  private static <T> List<T> all(String file, String text, Body<T> body) {
    Problems problems = new Problems(file);
    List<T> values = new ArrayList<>();
    body.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems, values);
    problems.throwIfAny();
    return values;
  }
}
