package org.seniortutorkit.persistence.casework;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StudentId;

/** Which cases to read, e.g. the open undergraduate cases of a department this year. */
@Value.Immutable
abstract class CaseQueryDef {
  public abstract Optional<DepartmentId> department();

  public abstract Optional<StudyLevel> level();

  public abstract Optional<AcademicYear> academicYear();

  public abstract Optional<StudentId> student();

  public abstract Optional<String> kind();

  public abstract Optional<String> state();

  public static CaseQuery all() {
    return CaseQuery.builder().build();
  }

  public boolean matches(StoredCase stored) {
    return department().map(stored.department()::equals).orElse(true)
        && level().map(stored.level()::equals).orElse(true)
        && academicYear().map(stored.academicYear()::equals).orElse(true)
        && student().map(stored.studentId()::equals).orElse(true)
        && kind().map(stored.kind()::equals).orElse(true)
        && state().map(stored.state()::equals).orElse(true);
  }
}
