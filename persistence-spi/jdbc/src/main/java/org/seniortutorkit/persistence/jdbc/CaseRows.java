package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.kernel.store.PersistenceException;

/**
 * {@code cases}: the fields {@link CaseQuery} narrows by as columns (kind, student, department, level, the
 * academic year the case was opened in, state), and the case itself (special category) as its JSON form, so it
 * reads back exactly. The columns are copied from the case on every save.
 */
final class CaseRows implements TableMapping<CaseId, StudentCase, CaseQuery> {
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
  public CaseId keyOf(StudentCase value) {
    return value.id();
  }

  @Override
  public void bindKey(Params params, CaseId key) throws SQLException {
    params.string(key.value());
  }

  @Override
  public void bindValues(Params params, StudentCase studentCase) throws SQLException {
    params.string(studentCase.kind().name())
        .string(studentCase.student().value())
        .string(studentCase.department().value())
        .string(studentCase.level().name())
        .integer(AcademicYear.containing(studentCase.openedOn()).startYear())
        .string(studentCase.state().name())
        .string(SeniorTutorJson.write(studentCase));
  }

  /** The case in the payload; the indexed columns are only copies of it, so they are skipped. */
  @Override
  public StudentCase read(Columns row) throws SQLException {
    String id = row.string();
    row.skip(6);
    return open(id, row.string());
  }

  /**
   * The case in {@code payload}.
   *
   * @throws PersistenceException if the payload is not a valid case; the message names only the JSON paths at
   *     fault, and the cause is left out, because a parser's message may quote the payload and it can hold
   *     special-category data (mitigation evidence)
   */
  static StudentCase open(String id, String payload) {
    try {
      return SeniorTutorJson.read(payload, StudentCase.class);
    } catch (JsonDocumentException unreadable) {
      throw new PersistenceException("Case " + id + " is stored with a payload that is not a valid case"
          + " (at " + unreadable.problems().stream().map(JsonDocumentException.Problem::path).distinct()
              .collect(Collectors.joining(", ")) + ")");
    }
  }

  @Override
  public Where where(CaseQuery query) {
    Where where = new Where();
    query.department().ifPresent(department -> where.equal("department", department.value()));
    query.level().ifPresent(level -> where.equal("level", level.name()));
    query.academicYear().ifPresent(year -> where.equal("academic_year", year.startYear()));
    query.student().ifPresent(student -> where.equal("student_id", student.value()));
    query.kind().ifPresent(kind -> where.equal("kind", kind.name()));
    query.state().ifPresent(state -> where.equal("state", state.name()));
    return where;
  }
}
