package org.seniortutorkit.casework;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StudentId;

/** Which cases to read, e.g. the open undergraduate cases of a department this year. */
@Value.Immutable
abstract class CaseQueryDef {
  public abstract Optional<DepartmentId> department();

  public abstract Optional<StudyLevel> level();

  /**
   * The academic year the case was opened in (1 August to 31 July, {@link AcademicYear#containing}): a case
   * stays filed under that year however long it runs.
   */
  public abstract Optional<AcademicYear> academicYear();

  public abstract Optional<StudentId> student();

  public abstract Optional<CaseKind> kind();

  public abstract Optional<CaseState> state();

  public static CaseQuery all() {
    return CaseQuery.builder().build();
  }

  /** Whether {@code studentCase} satisfies the query: adapters that filter in memory use this. */
  public boolean matches(StudentCase studentCase) {
    return department().map(studentCase.department()::equals).orElse(true)
        && level().map(studentCase.level()::equals).orElse(true)
        && academicYear().map(AcademicYear.containing(studentCase.openedOn())::equals).orElse(true)
        && student().map(studentCase.student()::equals).orElse(true)
        && kind().map(studentCase.kind()::equals).orElse(true)
        && state().map(studentCase.state()::equals).orElse(true);
  }
}
