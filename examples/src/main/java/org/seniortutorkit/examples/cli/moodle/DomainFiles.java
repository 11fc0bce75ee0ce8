package org.seniortutorkit.examples.cli.moodle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.mapping.AttendanceMapping;
import org.seniortutorkit.moodle.mapping.Mapped;
import org.seniortutorkit.moodle.mapping.StaffMapping;
import org.seniortutorkit.moodle.mapping.StudentMapping;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * The pulled people and attendance as core domain values, in the files the regulation check reads from a
 * records folder: {@code students.json}, {@code staff.json} and {@code attendance.json}. Moodle grades are not
 * agreed module marks, so no {@code marks.json} is written; they stay in {@code moodle-grades.json}.
 */
final class DomainFiles {
  private static final ZoneId INSTITUTION_ZONE = ZoneId.of("Europe/London");

  private DomainFiles() {}

  /** Writes the files and returns why some people could not be mapped. */
  static List<String> write(Path folder, PulledRecords records, MoodleConfig config) {
    Mapped<Student> students = StudentMapping.students(records.students(), config);
    Mapped<StaffMember> staff = StaffMapping.staff(records.staff(), config);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("students.json"), SeniorTutorJson.writePretty(students.values()));
      Files.writeString(folder.resolve("staff.json"), SeniorTutorJson.writePretty(staff.values()));
      Files.writeString(folder.resolve("attendance.json"), SeniorTutorJson.writePretty(
          AttendanceMapping.events(records.attendance(), INSTITUTION_ZONE)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder, e);
    }
    List<String> problems = new ArrayList<>(students.problems());
    problems.addAll(staff.problems());
    return problems;
  }
}
