package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A student who needs a Personal Tutor, as the allocation sees them. Two students with equal attributes (all but
 * the id) are interchangeable, which the engine exploits to keep its network small.
 *
 * <pre>{@code
 * StudentToPlace.builder().id(StudentId.of("S1")).department(DepartmentId.of("PHYS")).level(StudyLevel.UNDERGRADUATE)
 *     .programme("BSc Physics").previousTutor(StaffId.of("T1")).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = StudentToPlace.class)
@JsonDeserialize(as = StudentToPlace.class)
abstract class StudentToPlaceDef implements SelfValidating {
  public abstract StudentId id();

  public abstract DepartmentId department();

  public abstract StudyLevel level();

  @NotBlank
  public abstract String programme();

  /** For research students: their research area, matched against the tutor's. */
  public abstract Optional<String> researchArea();

  /** Needs that call for a qualified tutor ({@link HardRule#COMPLEX_NEEDS_QUALIFIED}). Special-category data. */
  @SpecialCategory
  @Value.Redacted
  public abstract Set<ComplexNeed> complexNeeds();

  /** Last year's Personal Tutor, for {@link SoftGoal#CONTINUITY}. */
  public abstract Optional<StaffId> previousTutor();

  /** Tutors the student asked for, for {@link SoftGoal#PREFERENCE}. */
  public abstract Set<StaffId> preferredTutors();
}
