package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.StoredCase;
import org.seniortutorkit.kernel.StudentId;

/** {@code cases}: the envelope's fields as columns, the case itself (special category) as a JSON payload. */
final class CaseRows implements TableMapping<String, StoredCase, CaseQuery> {
  @Override
  public String aggregate() {
    return "Case";
  }

  @Override
  public String table() {
    return "cases";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("id");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("kind", "student_id", "department", "level", "academic_year", "state", "payload");
  }

  @Override
  public String keyOf(StoredCase value) {
    return value.id();
  }

  @Override
  public void bindKey(Params params, String key) throws SQLException {
    params.string(key);
  }

  @Override
  public void bindValues(Params params, StoredCase stored) throws SQLException {
    params.string(stored.kind())
        .string(stored.studentId().value())
        .string(stored.department().value())
        .string(stored.level().name())
        .integer(stored.academicYear().startYear())
        .string(stored.state())
        .string(stored.payload());
  }

  @Override
  public StoredCase read(Columns row) throws SQLException {
    return StoredCase.builder()
        .id(row.string())
        .kind(row.string())
        .studentId(StudentId.of(row.string()))
        .department(DepartmentId.of(row.string()))
        .level(StudyLevel.valueOf(row.string()))
        .academicYear(AcademicYear.of(row.integer()))
        .state(row.string())
        .payload(row.string())
        .build();
  }

  @Override
  public Where where(CaseQuery query) {
    Where where = new Where();
    query.department().ifPresent(department -> where.equal("department", department.value()));
    query.level().ifPresent(level -> where.equal("level", level.name()));
    query.academicYear().ifPresent(year -> where.equal("academic_year", year.startYear()));
    query.student().ifPresent(student -> where.equal("student_id", student.value()));
    query.kind().ifPresent(kind -> where.equal("kind", kind));
    query.state().ifPresent(state -> where.equal("state", state));
    return where;
  }
}
