package org.seniortutorkit.student;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.Student;

/**
 * Which students to read: every criterion given must match. {@code StudentQuery.all()} reads every student.
 *
 * <pre>{@code
 * StudentQuery.builder().department(DepartmentId.of("CHEM")).level(StudyLevel.UNDERGRADUATE).build();
 * }</pre>
 */
@Value.Immutable
abstract class StudentQueryDef {
  public abstract Optional<DepartmentId> department();

  public abstract Optional<StudyLevel> level();

  /** The academic year the student entered. */
  public abstract Optional<AcademicYear> entryYear();

  public static StudentQuery all() {
    return StudentQuery.builder().build();
  }

  /** Whether {@code student} satisfies the query: adapters that filter in memory use this. */
  public boolean matches(Student student) {
    return department().map(student.department()::equals).orElse(true)
        && level().map(student.level()::equals).orElse(true)
        && entryYear().map(student.entryYear()::equals).orElse(true);
  }
}
