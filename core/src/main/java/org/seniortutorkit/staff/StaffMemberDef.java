package org.seniortutorkit.staff;

import org.seniortutorkit.kernel.StaffId;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A member of staff: their department, roles, working pattern and training.
 *
 * <pre>{@code
 * StaffMember tutor = StaffMember.builder()
 *     .id(StaffId.of("T0042")).fullName("Dr Ada Lovelace").department(DepartmentId.of("MATH"))
 *     .addRoles(StaffRole.PERSONAL_TUTOR).fte(0.8).tutoringSince(LocalDate.of(2019, 9, 1))
 *     .training(TrainingRecord.builder().introductionToPersonalTutoringCompletedOn(LocalDate.of(2019, 9, 20)).build())
 *     .build();
 * tutor.canTakeTuteesOn(LocalDate.of(2026, 9, 1));   // true: workshop completed
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = StaffMember.class)
@JsonDeserialize(as = StaffMember.class)
abstract class StaffMemberDef implements SelfValidating {
  public abstract StaffId id();

  @NotBlank
  public abstract String fullName();

  public abstract Optional<@Email String> email();

  public abstract DepartmentId department();

  public abstract Set<StaffRole> roles();

  /** Full-time equivalent, from 0.1 to 1.0; tutee capacity scales with it. */
  @Value.Default
  @DecimalMin("0.1")
  @DecimalMax("1.0")
  public double fte() {
    return 1.0;
  }

  /** When they first became a personal tutor, if ever: experience counts for students with complex needs. */
  public abstract Optional<LocalDate> tutoringSince();

  /** Complex needs they have specific training or experience for. */
  public abstract Set<ComplexNeed> qualifiedFor();

  public abstract Set<@NotBlank String> researchAreas();

  /** Academic years they are away (research leave, parental leave): no new tutees then. */
  public abstract Set<AcademicYear> onLeave();

  @Value.Default
  @Valid
  public TrainingRecord training() {
    return TrainingRecord.builder().build();
  }

  public boolean holds(StaffRole role) {
    return roles().contains(role);
  }

  /** No tutor gets tutees before completing the Introduction to Personal Tutoring workshop. */
  public boolean canTakeTuteesOn(LocalDate date) {
    return training().completedIntroductionToPersonalTutoringBy(date);
  }

  public boolean isOnLeaveIn(AcademicYear year) {
    return onLeave().contains(year);
  }

  /** Whole years of tutoring experience on {@code date}. */
  public int yearsOfTutoringOn(LocalDate date) {
    return tutoringSince()
        .filter(since -> !since.isAfter(date))
        .map(since -> java.time.Period.between(since, date).getYears())
        .orElse(0);
  }
}
