package org.seniortutorkit.moodle.mapping;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.records.RecordsFiles;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;

/**
 * The pulled people and attendance as core domain values, in the files the regulation check reads from a
 * records folder: {@code students.json}, {@code staff.json} and {@code attendance.json}, written in the records
 * folder's format by {@link RecordsFiles}. Moodle grades are not agreed module marks, so no marks file is
 * written; they stay in {@code moodle-grades.json}. Attendance is dated in the configured time zone.
 */
public final class DomainFiles {
  private DomainFiles() {}

  /** Writes the files into {@code folder} and returns why some people could not be mapped. */
  public static List<String> write(Path folder, PulledRecords records, MoodleConfig config) {
    Mapped<Student> students = StudentMapping.students(records.students(), config);
    Mapped<StaffMember> staff = StaffMapping.staff(records.staff(), config);
    RecordsFiles.writePeople(folder, students.values(), staff.values(),
        AttendanceMapping.events(records.attendance(), config.timeZone()));
    List<String> problems = new ArrayList<>(students.problems());
    problems.addAll(staff.problems());
    return problems;
  }
}
