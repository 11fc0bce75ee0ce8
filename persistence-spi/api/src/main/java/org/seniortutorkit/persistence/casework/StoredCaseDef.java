package org.seniortutorkit.persistence.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A case (e.g. mitigating circumstances, a support plan) as stored: the fields a store indexes, plus the case as
 * JSON. The payload may hold special-category data (health, mitigating evidence): it is redacted from
 * {@code toString} and stored as given.
 */
@Value.Immutable
abstract class StoredCaseDef implements SelfValidating {
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
  public abstract String id();

  /** The kind of case, e.g. {@code "MITIGATING_CIRCUMSTANCES"}. */
  @NotBlank
  public abstract String kind();

  public abstract StudentId studentId();

  public abstract DepartmentId department();

  public abstract StudyLevel level();

  public abstract AcademicYear academicYear();

  /** Where the case is in its workflow, e.g. {@code "OPEN"}. */
  @NotBlank
  public abstract String state();

  /** The case itself, as a JSON document written by the casework model. */
  @SpecialCategory
  @Value.Redacted
  @NotBlank
  public abstract String payload();
}
