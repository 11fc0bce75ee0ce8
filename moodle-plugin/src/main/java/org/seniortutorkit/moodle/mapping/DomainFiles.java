package org.seniortutorkit.moodle.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.records.RecordsFiles;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * The pulled people and attendance as core domain values, in the files the regulation check reads from a
 * records folder: {@code students.json}, {@code staff.json} and {@code attendance.json}, written in the records
 * folder's format by {@link RecordsFiles}, so that the folder reads back whole. Moodle grades are not agreed
 * module marks, so no marks file is written; they stay in {@code moodle-grades.json}.
 *
 * <p>Attendance is dated in the configured time zone. A records folder holds one attendance row per student,
 * day and outcome (its reader refuses a repeated row), so several sessions of one day with the same outcome are
 * written as one row; the marks of a student who could not be mapped are left out, and counted in a problem.
 */
public final class DomainFiles {
  private DomainFiles() {}

  /** Writes the files into {@code folder} and returns why some people or marks could not be mapped. */
  public static List<String> write(Path folder, PulledRecords records, MoodleConfig config) {
    Mapped<Student> students = StudentMapping.students(records.students(), config);
    Mapped<StaffMember> staff = StaffMapping.staff(records.staff(), config);
    Set<StudentId> mapped = students.values().stream().map(Student::id).collect(Collectors.toSet());
    List<AttendanceEvent> events = AttendanceMapping.events(records.attendance(), config.timeZone());
    List<AttendanceEvent> kept = events.stream().filter(e -> mapped.contains(e.student())).distinct().toList();
    RecordsFiles.writePeople(folder, students.values(), staff.values(), kept);
    List<String> problems = new ArrayList<>(students.problems());
    problems.addAll(staff.problems());
    long unmapped = events.stream().filter(e -> !mapped.contains(e.student())).count();
    if (unmapped > 0) {
      problems.add(unmapped + " attendance marks of students not mapped are left out of attendance.json");
    }
    return problems;
  }
}
