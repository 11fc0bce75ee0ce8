package org.seniortutorkit.tutoring;

import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;

/** A tutor assignment's id: a student has one Personal Tutor per academic year. */
@Value.Immutable
abstract class AssignmentKeyDef implements Comparable<AssignmentKey> {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  public abstract AcademicYear academicYear();

  public static AssignmentKey of(TutorAssignment assignment) {
    return AssignmentKey.of(assignment.student(), assignment.academicYear());
  }

  @Override
  public int compareTo(AssignmentKey other) {
    int byStudent = student().value().compareTo(other.student().value());
    return byStudent != 0 ? byStudent : academicYear().compareTo(other.academicYear());
  }

  @Override
  public String toString() {
    return student() + "@" + academicYear();
  }
}
