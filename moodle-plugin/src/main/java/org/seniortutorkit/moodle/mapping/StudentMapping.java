package org.seniortutorkit.moodle.mapping;

import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.ProgrammeSource;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * Moodle students as domain {@link Student}s. The entry year is inferred from the configured academic year and
 * the year of study; a suspended Moodle account is read as interrupted studies (the student-records system stays
 * authoritative for status).
 */
public final class StudentMapping {
  private StudentMapping() {}

  public static Mapped<Student> students(List<StudentRecord> records, MoodleConfig config) {
    List<Student> students = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (StudentRecord record : records) {
      if (record.programme().isEmpty() || record.yearOfStudy().isEmpty()) {
        problems.add("student " + record.moodleUserId() + " has no "
            + (record.programme().isEmpty() ? "programme" : "year of study")
            + ": set the profile field or add them to the programme's courses/cohort or a year-group cohort");
        continue;
      }
      try {
        students.add(student(record, config));
      } catch (InvalidValueException e) {
        problems.add("student " + record.moodleUserId() + ": " + e.getMessage());
      }
    }
    return new Mapped<>(List.copyOf(students), List.copyOf(problems));
  }

  static Student student(StudentRecord record, MoodleConfig config) {
    int year = record.yearOfStudy().getAsInt();
    String programme = record.programme().orElseThrow();
    StudyLevel level = config.programmes().stream().filter(p -> p.code().equals(programme))
        .map(ProgrammeSource::level).findFirst().orElse(StudyLevel.UNDERGRADUATE);
    return Student.builder()
        .id(StudentId.of(record.studentNumber()))
        .fullName(record.fullName())
        .email(record.email().filter(e -> e.contains("@")))
        .department(DepartmentId.of(config.department()))
        .programme(ProgrammeCode.of(programme))
        .level(level)
        .yearOfStudy(year)
        .entryYear(AcademicYear.of(config.academicYear() - Math.max(0, year - 1)))
        .status(record.suspended() ? StudentStatus.INTERRUPTED : StudentStatus.ACTIVE)
        .complexNeeds(record.complexNeeds())
        .build();
  }
}
