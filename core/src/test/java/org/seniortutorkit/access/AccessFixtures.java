package org.seniortutorkit.access;

import java.time.LocalDate;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.testing.Samples;

/** Viewers in every role and the students and cases they ask about. */
final class AccessFixtures {
  static final DepartmentId CHEM = DepartmentId.of("CHEM");
  static final FacultyId SCIENCE = FacultyId.of("FSCI");
  static final LocalDate DAY = LocalDate.of(2026, 10, 5);

  /** Undergraduate in CHEM with a disability support plan and a wellbeing concern. */
  static final Student UG = Samples.student().withComplexNeeds(
      ComplexNeed.DISABILITY_SUPPORT_PLAN, ComplexNeed.WELLBEING_CONCERN);
  static final Student PG = Samples.student().withId(StudentId.of("S7654321"))
      .withLevel(StudyLevel.POSTGRADUATE_TAUGHT);

  private AccessFixtures() {}

  /** A viewer of CHEM, a department whose Senior Tutors may handle disciplinary cases (stated, not defaulted). */
  static Viewer viewer(String id, StaffRole... roles) {
    return Viewer.builder().id(StaffId.of(id)).department(CHEM).faculty(SCIENCE).addRoles(roles)
        .supportiveOnlySeniorTutor(false).build();
  }

  static Viewer personalTutorOfUg() {
    return viewer("T0042", StaffRole.PERSONAL_TUTOR).withTutees(UG.id());
  }

  static Viewer ugSeniorTutor() {
    return viewer("T0001", StaffRole.SENIOR_TUTOR_UNDERGRADUATE);
  }

  static Viewer disabilityOfficer() {
    return viewer("D0005", StaffRole.DEPARTMENTAL_DISABILITIES_OFFICER);
  }

  /** A panel member from the Faculty of Arts, sitting on the panel for {@code panelCase}. */
  static Viewer panelMemberFromArts(CaseId panelCase) {
    return Viewer.builder().id(StaffId.of("P0007")).department(DepartmentId.of("HIST"))
        .faculty(FacultyId.of("FART")).addPanelCases(panelCase).build();
  }

  static StudentCase claim(String id, Student student) {
    return StudentCase.open(CaseKind.MITIGATING_CIRCUMSTANCES, CaseId.of(id), student,
        Actor.of(student.id().value(), CaseRole.STUDENT), DAY,
        b -> b.addAffectedAssessments("CHEM101 exam").evidenceSummary("GP letter: anxiety disorder"));
  }

  static StudentCase concern(Student student, boolean disciplinary) {
    return StudentCase.open(CaseKind.CONCERN, CaseId.of("C-0003"), student, Actor.of("T0042", CaseRole.PERSONAL_TUTOR),
        DAY, b -> b.concernSource(ConcernSource.TUTOR).disciplinary(disciplinary));
  }

  static StudentCase referral(String id, Student student) {
    return StudentCase.open(CaseKind.REFERRAL, CaseId.of(id), student, Actor.of("T0001", CaseRole.SENIOR_TUTOR), DAY,
        b -> b.service(org.seniortutorkit.casework.ServiceDirectory.WELLBEING_ADVISER));
  }

  static AccessRequest request(Viewer viewer, Student student, Purpose purpose, RecordArea area) {
    return AccessRequest.builder().viewer(viewer).student(student).purpose(purpose).area(area).build();
  }

  static AccessRequest caseRequest(Viewer viewer, Student student, StudentCase c, Purpose purpose, RecordArea area) {
    return request(viewer, student, purpose, area).withStudentCase(c);
  }
}
