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
 * the panel cases they sit on, and whether their department keeps Senior Tutors supportive only.
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

  @Value.Default
  public boolean supportiveOnlySeniorTutor() {
    return false;
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
