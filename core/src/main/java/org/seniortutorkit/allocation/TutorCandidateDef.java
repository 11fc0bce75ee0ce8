package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A member of staff who may be a Personal Tutor, as the allocation sees them: only the facts its rules and goals
 * read. An adapter from the staff model builds these.
 *
 * <pre>{@code
 * TutorCandidate.builder().id(StaffId.of("T1")).department(DepartmentId.of("PHYS")).fte(0.5).maxTutees(20)
 *     .workshopCompletedOn(LocalDate.of(2025, 9, 1)).experienceYears(4).build();   // capacity() == 10
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = TutorCandidate.class)
@JsonDeserialize(as = TutorCandidate.class)
abstract class TutorCandidateDef implements SelfValidating {
  public abstract StaffId id();

  /** The department the tutor belongs to. */
  public abstract DepartmentId department();

  /** Other departments this tutor may take tutees from (named exceptions to {@link HardRule#SAME_DEPARTMENT}). */
  public abstract Set<DepartmentId> alsoTutorsFor();

  /** Full-time equivalent, in (0, 1]. */
  @DecimalMin(value = "0.0", inclusive = false)
  @DecimalMax("1.0")
  public abstract double fte();

  /** The most tutees a full-time tutor of this kind takes; the real maximum is scaled by {@link #fte()}. */
  @PositiveOrZero
  public abstract int maxTutees();

  /** When the tutor completed the Introduction to Personal Tutoring workshop, if they have. */
  public abstract Optional<LocalDate> workshopCompletedOn();

  /** Academic years in which the tutor is on leave (sabbatical, parental, secondment...). */
  public abstract Set<AcademicYear> onLeaveIn();

  /** Years of experience as a Personal Tutor. */
  @PositiveOrZero
  public abstract int experienceYears();

  /** Complex needs for which the tutor holds the specific training. */
  public abstract Set<ComplexNeed> trainedFor();

  /** Programmes the tutor teaches on. */
  public abstract Set<String> programmes();

  /** The tutor's research areas. */
  public abstract Set<String> researchAreas();

  /** Students the tutor asked to tutor (e.g. project students); honoured as {@link SoftGoal#PREFERENCE}. */
  public abstract Set<StudentId> preferredTutees();

  /** The most tutees this tutor may have: floor(maxTutees x FTE). */
  @Value.Derived
  public int capacity() {
    return (int) Math.floor(maxTutees() * fte() + 1e-9);
  }

  public boolean isOnLeaveIn(AcademicYear year) {
    return onLeaveIn().contains(year);
  }

  public boolean completedWorkshopBefore(LocalDate date) {
    return workshopCompletedOn().map(done -> done.isBefore(date)).orElse(false);
  }

  public boolean belongsTo(DepartmentId studentDepartment) {
    return department().equals(studentDepartment) || alsoTutorsFor().contains(studentDepartment);
  }
}
