package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;

/** {@code students}: one row per student; {@code complex_needs} (special category) as a list of need names. */
final class StudentRows implements TableMapping<StudentId, Student, StudentQuery> {
  @Override
  public String aggregate() {
    return "Student";
  }

  @Override
  public String table() {
    return "students";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("id");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("full_name", "email", "department", "programme", "level", "year_of_study", "entry_year",
        "status", "complex_needs");
  }

  @Override
  public StudentId keyOf(Student value) {
    return value.id();
  }

  @Override
  public void bindKey(Params params, StudentId key) throws SQLException {
    params.string(key.value());
  }

  @Override
  public void bindValues(Params params, Student student) throws SQLException {
    params.string(student.fullName())
        .string(student.email())
        .string(student.department().value())
        .string(student.programme().value())
        .string(student.level().name())
        .integer(student.yearOfStudy())
        .integer(student.entryYear().startYear())
        .string(student.status().name())
        .string(Lists.names(student.complexNeeds()));
  }

  @Override
  public Student read(Columns row) throws SQLException {
    return Student.builder()
        .id(StudentId.of(row.string()))
        .fullName(row.string())
        .email(row.optionalString())
        .department(DepartmentId.of(row.string()))
        .programme(ProgrammeCode.of(row.string()))
        .level(StudyLevel.valueOf(row.string()))
        .yearOfStudy(row.integer())
        .entryYear(AcademicYear.of(row.integer()))
        .status(StudentStatus.valueOf(row.string()))
        .complexNeeds(Lists.split(row.string(), ComplexNeed::valueOf))
        .build();
  }

  @Override
  public Where where(StudentQuery query) {
    Where where = new Where();
    query.department().ifPresent(department -> where.equal("department", department.value()));
    query.level().ifPresent(level -> where.equal("level", level.name()));
    query.entryYear().ifPresent(year -> where.equal("entry_year", year.startYear()));
    return where;
  }
}
