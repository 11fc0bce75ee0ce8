package org.seniortutorkit.access;

import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A member of staff asking for access, with the relationships access depends on: their roles, their tutees,
 * the panel cases they sit on, and whether their department keeps Senior Tutors supportive only. Whoever
 * builds a viewer vouches for these, so an embedder should build viewers from its own identity and role
 * records through a {@link ViewerSource}, never from what a request claims.
 */
@Value.Immutable
abstract class ViewerDef implements SelfValidating {
  public abstract StaffId id();

  public abstract DepartmentId department();

  public abstract FacultyId faculty();

  public abstract Set<StaffRole> roles();

  public abstract Set<StudentId> tutees();

  /** Mitigating-circumstances cases whose panel they sit on (possibly from another faculty). */
  public abstract Set<CaseId> panelCases();

  /** Referral cases made to the service they are the contact for. */
  public abstract Set<CaseId> referrals();

  /**
   * Whether their department keeps Senior Tutors supportive only, so that they never see disciplinary cases
   * (rule AR-3). Defaults to {@code true}, the restrictive value: a caller who forgets to state it gets a
   * Senior Tutor who is refused disciplinary cases, never one who is let in. We default rather than require
   * it because the flag only matters for Senior Tutors, and a required flag would push every other viewer's
   * caller to state something meaningless (and tempt them to copy {@code false} about). A department that lets
   * its Senior Tutors handle disciplinary cases says so with {@code supportiveOnlySeniorTutor(false)}, as
   * {@link #of(StaffMember, Department, Set)} does from the department record. Every other relationship
   * (roles, tutees, panel cases, referrals) defaults to none, which grants nothing.
   */
  @Value.Default
  public boolean supportiveOnlySeniorTutor() {
    return true;
  }

  /** A viewer from their staff record and department, with their tutees. */
  public static Viewer of(StaffMember staff, Department department, Set<StudentId> tutees) {
    return Viewer.builder().id(staff.id()).department(department.id()).faculty(department.faculty())
        .roles(staff.roles()).tutees(tutees).supportiveOnlySeniorTutor(department.seniorTutorsSupportiveOnly())
        .build();
  }

  public boolean holds(StaffRole role) {
    return roles().contains(role);
  }

  public boolean isSeniorTutor() {
    return holds(StaffRole.SENIOR_TUTOR_UNDERGRADUATE) || holds(StaffRole.SENIOR_TUTOR_POSTGRADUATE);
  }
}
