package org.seniortutorkit.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * The inverse of {@link RecordsFolder#read}: records written as the files of a records folder, marks and
 * attendance as CSV (the bulky kinds, as student-records systems export them) and the rest as JSON arrays with
 * one record a line, so a reviewer can read and diff them. Kinds with no records get no file.
 */
public final class RecordsFiles {
  private RecordsFiles() {}

  /** File name to content, for every kind {@code records} holds. */
  public static SortedMap<String, String> of(StudentRecords records, List<PolicyPack> packs) {
    SortedMap<String, String> files = new TreeMap<>();
    files.put("context.json", SeniorTutorJson.write(Map.of("asOf", records.asOf())) + "\n");
    records.calendar().ifPresent(c -> files.put("calendar.json", SeniorTutorJson.writePretty(c) + "\n"));
    putLines(files, "departments.json", records.departments());
    putLines(files, "students.json", records.students());
    putLines(files, "staff.json", records.staff());
    putLines(files, "assignments.json", records.assignments());
    putLines(files, "meetings.json", records.meetings());
    putCsv(files, "marks.csv", "student,module,academicYear,credits,mark,attempt", records.results(),
        RecordsFiles::markLine);
    putCsv(files, "attendance.csv", "student,date,attended", records.attendance(), RecordsFiles::attendanceLine);
    putLines(files, "submissions.json", records.submissions());
    putLines(files, "claims.json", records.claims());
    putLines(files, "warnings.json", records.warnings());
    putLines(files, "briefings.json", records.briefings());
    putLines(files, "panels.json", records.panels());
    if (!packs.isEmpty()) {
      files.put("policy-packs.json", SeniorTutorJson.writePretty(packs) + "\n");
    }
    return files;
  }

  /**
   * Writes people and their attendance into {@code folder} as {@code students.json}, {@code staff.json} and
   * {@code attendance.json} (pretty JSON arrays, empty ones included so a reader sees that nothing was found),
   * e.g. the people pulled from Moodle.
   */
  public static void writePeople(Path folder, List<Student> students, List<StaffMember> staff,
      List<AttendanceEvent> attendance) {
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("students.json"), SeniorTutorJson.writePretty(students));
      Files.writeString(folder.resolve("staff.json"), SeniorTutorJson.writePretty(staff));
      Files.writeString(folder.resolve("attendance.json"), SeniorTutorJson.writePretty(attendance));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder, e);
    }
  }

  private static void putLines(Map<String, String> files, String file, List<?> values) {
    if (!values.isEmpty()) {
      files.put(file, values.stream().map(v -> "  " + SeniorTutorJson.write(v))
          .collect(Collectors.joining(",\n", "[\n", "\n]\n")));
    }
  }

  private static <T> void putCsv(Map<String, String> files, String file, String header, List<T> rows,
      Function<T, String> line) {
    if (!rows.isEmpty()) {
      files.put(file, rows.stream().map(line).collect(Collectors.joining("\n", header + "\n", "\n")));
    }
  }

  // Ids, module codes and dates hold no comma or quote, so no field needs quoting.
  private static String markLine(ModuleResult r) {
    return r.student().value() + "," + r.module() + "," + r.academicYear().label() + "," + r.credits() + "," + r.mark()
        + "," + r.attempt();
  }

  private static String attendanceLine(AttendanceEvent e) {
    return e.student().value() + "," + e.on() + "," + e.attended();
  }
}
