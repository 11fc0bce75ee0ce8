package org.seniortutorkit.tutoring;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Which assignments to read, e.g. a tutor's tutees this year. */
@Value.Immutable
abstract class AssignmentQueryDef {
  public abstract Optional<AcademicYear> academicYear();

  public abstract Optional<StaffId> tutor();

  public abstract Optional<StudentId> student();

  public static AssignmentQuery all() {
    return AssignmentQuery.builder().build();
  }

  public boolean matches(TutorAssignment assignment) {
    return academicYear().map(assignment.academicYear()::equals).orElse(true)
        && tutor().map(assignment.tutor()::equals).orElse(true)
        && student().map(assignment.student()::equals).orElse(true);
  }
}
