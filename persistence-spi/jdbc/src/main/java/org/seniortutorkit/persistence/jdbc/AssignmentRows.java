package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.tutoring.AssignmentKey;
import org.seniortutorkit.tutoring.AssignmentQuery;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/** {@code tutor_assignments}: keyed by student and academic year (its start year). */
final class AssignmentRows implements TableMapping<AssignmentKey, TutorAssignment, AssignmentQuery> {
  @Override
  public String aggregate() {
    return "TutorAssignment";
  }

  @Override
  public String table() {
    return "tutor_assignments";
  }

  @Override
  public List<String> keyColumns() {
    return List.of("student_id", "academic_year");
  }

  @Override
  public List<String> valueColumns() {
    return List.of("tutor_id", "origin", "made_on");
  }

  @Override
  public AssignmentKey keyOf(TutorAssignment value) {
    return AssignmentKey.of(value);
  }

  @Override
  public void bindKey(Params params, AssignmentKey key) throws SQLException {
    params.string(key.student().value()).integer(key.academicYear().startYear());
  }

  @Override
  public void bindValues(Params params, TutorAssignment assignment) throws SQLException {
    params.string(assignment.tutor().value()).string(assignment.origin().name()).date(assignment.madeOn());
  }

  @Override
  public TutorAssignment read(Columns row) throws SQLException {
    return TutorAssignment.builder()
        .student(StudentId.of(row.string()))
        .academicYear(AcademicYear.of(row.integer()))
        .tutor(StaffId.of(row.string()))
        .origin(AssignmentOrigin.valueOf(row.string()))
        .madeOn(row.date())
        .build();
  }

  @Override
  public Where where(AssignmentQuery query) {
    Where where = new Where();
    query.academicYear().ifPresent(year -> where.equal("academic_year", year.startYear()));
    query.tutor().ifPresent(tutor -> where.equal("tutor_id", tutor.value()));
    query.student().ifPresent(student -> where.equal("student_id", student.value()));
    return where;
  }
}
