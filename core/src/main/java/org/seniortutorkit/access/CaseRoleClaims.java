package org.seniortutorkit.access;

import java.util.Optional;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;

/**
 * Whether a viewer really holds the case role they act in (rule AR-10): a state machine trusts the role it is
 * given, so the desk must not let a Personal Tutor act "as" Senior Tutor, or anyone act as a panel member of
 * a panel they do not sit on.
 */
final class CaseRoleClaims {
  private CaseRoleClaims() {}

  /** Why {@code viewer} may not act as {@code role} for {@code student} (and case {@code caseId}), or empty. */
  static Optional<String> refusal(Viewer viewer, Student student, Optional<CaseId> caseId, CaseRole role) {
    boolean holds = switch (role) {
      case PERSONAL_TUTOR -> viewer.holds(StaffRole.PERSONAL_TUTOR) && viewer.tutees().contains(student.id());
      case SENIOR_TUTOR -> viewer.department().equals(student.department()) && viewer.holds(
          student.level() == StudyLevel.UNDERGRADUATE
              ? StaffRole.SENIOR_TUTOR_UNDERGRADUATE : StaffRole.SENIOR_TUTOR_POSTGRADUATE);
      case DISABILITIES_OFFICER -> viewer.holds(StaffRole.DEPARTMENTAL_DISABILITIES_OFFICER)
          && viewer.department().equals(student.department());
      case SERVICE_CONTACT -> caseId.filter(viewer.referrals()::contains).isPresent();
      case PANEL_MEMBER -> caseId.filter(viewer.panelCases()::contains).isPresent();
      case REGISTRY -> viewer.holds(StaffRole.REGISTRY_CONTACT);
      case AWARDS_COMMITTEE, STUDENT, MONITORING -> false;
    };
    if (holds) {
      return Optional.empty();
    }
    return Optional.of(viewer.id() + " does not hold the case role " + role + " for student " + student.id()
        + caseId.map(id -> " and case " + id).orElse("")
        + (role == CaseRole.AWARDS_COMMITTEE || role == CaseRole.STUDENT || role == CaseRole.MONITORING
            ? " (that role does not act through the record desk)" : ""));
  }
}
