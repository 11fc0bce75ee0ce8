package org.seniortutorkit.allocation;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * What a department's allocation starts from, in the domain's own types: the department, the year and date, its
 * students and staff, last year's and this year's tutor assignments, the full-time tutee limit and the policy.
 * {@link AllocationRequests#forDepartment(AllocationInput)} turns it into the engine's {@link AllocationRequest};
 * {@link Allocation#tutorAssignments} turns the result back into the year's {@link TutorAssignment}s.
 *
 * <pre>{@code
 * AllocationInput input = AllocationInput.builder().department(chemistry).year(AcademicYear.of(2026))
 *     .allocationDate(LocalDate.of(2026, 9, 14)).students(students).staff(staff)
 *     .previousYear(lastYearsAssignments).fullTimeMaxTutees(18).build();
 * }</pre>
 */
@Value.Immutable
abstract class AllocationInputDef implements SelfValidating {
  public abstract Department department();

  public abstract AcademicYear year();

  /** The date the allocation is made; a tutor's workshop must precede it. */
  public abstract LocalDate allocationDate();

  /** Students of any department; only the department's active students are in scope. */
  public abstract List<Student> students();

  /** Staff of any department; only the department's holders of the Personal Tutor role are candidates. */
  public abstract List<StaffMember> staff();

  /** Assignments of earlier years: last year's give each returning student's previous tutor. */
  public abstract List<TutorAssignment> previousYear();

  /**
   * This year's assignments so far, when re-allocating: pinned ones become pins, the others current
   * assignments the engine keeps where it can. Empty for a fresh allocation.
   */
  public abstract List<TutorAssignment> thisYear();

  /** The most tutees a full-time tutor takes; each candidate's capacity scales it by their FTE. */
  @PositiveOrZero
  public abstract int fullTimeMaxTutees();

  @Value.Default
  public AllocationPolicy policy() {
    return AllocationPolicy.builder().build();
  }
}
