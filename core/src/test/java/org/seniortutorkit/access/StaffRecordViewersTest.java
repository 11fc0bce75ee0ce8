package org.seniortutorkit.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.Faculty;
import org.seniortutorkit.institution.Institution;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.InstitutionId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Viewers come from the records the embedder keeps, not from what a caller says about itself. */
class StaffRecordViewersTest {
  private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
  private static final AcademicYear YEAR = AcademicYear.of(2026);
  private static final DepartmentId MED = DepartmentId.of("MED");

  private static final StaffMember TUTOR = Samples.tutor();
  private static final StaffMember CHEM_SENIOR_TUTOR = staff("T0001", AccessFixtures.CHEM,
      StaffRole.SENIOR_TUTOR_UNDERGRADUATE, StaffRole.PERSONAL_TUTOR);
  private static final StaffMember MED_SENIOR_TUTOR = staff("M0001", MED, StaffRole.SENIOR_TUTOR_UNDERGRADUATE);
  private static final Student MED_STUDENT = Samples.student().withId(StudentId.of("S5550001")).withDepartment(MED);

  private final ViewerSource viewers = new StaffRecordViewers(
      List.of(TUTOR, CHEM_SENIOR_TUTOR, MED_SENIOR_TUTOR), institution(),
      List.of(assign("S1234567", TUTOR.id(), YEAR), assign("S2222222", TUTOR.id(), YEAR),
          assign("S7654321", TUTOR.id(), AcademicYear.of(2025)), assign("S3333333", CHEM_SENIOR_TUTOR.id(), YEAR)),
      DAY);

  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final AuditTrail audit = new AuditTrail(store,
      Clock.fixed(Instant.parse("2026-10-05T09:00:00Z"), ZoneOffset.UTC));
  private final StudentRecordDesk desk = new StudentRecordDesk(
      new AccessPolicy(PrivacyPolicy.standard(), ConsentRegister.empty()), audit, viewers);
  private final CaseDesk cases = new CaseDesk(store, audit,
      new CaseNotifications(new CollectingNotificationPublisher(), (d, l) -> Set.of()), ServiceDirectory.standard());

  @Test
  void a_viewer_from_the_records_has_exactly_the_roles_and_this_years_tutees_they_give() {
    Viewer tutor = viewers.viewerFor(TUTOR.id()).orElseThrow();
    Viewer seniorTutor = viewers.viewerFor(CHEM_SENIOR_TUTOR.id()).orElseThrow();

    assertThat(tutor.roles()).containsExactlyInAnyOrderElementsOf(TUTOR.roles());
    assertThat(tutor.tutees()).containsExactlyInAnyOrder(StudentId.of("S1234567"), StudentId.of("S2222222"));
    assertThat(tutor.department()).isEqualTo(AccessFixtures.CHEM);
    assertThat(tutor.faculty()).isEqualTo(AccessFixtures.SCIENCE);
    assertThat(tutor.panelCases()).isEmpty();
    assertThat(tutor.referrals()).isEmpty();
    assertThat(seniorTutor.roles())
        .containsExactlyInAnyOrder(StaffRole.SENIOR_TUTOR_UNDERGRADUATE, StaffRole.PERSONAL_TUTOR);
    assertThat(seniorTutor.tutees()).containsExactly(StudentId.of("S3333333"));
    assertThat(seniorTutor.supportiveOnlySeniorTutor()).isFalse();
    assertThat(viewers.viewerFor(MED_SENIOR_TUTOR.id()).orElseThrow().supportiveOnlySeniorTutor()).isTrue();
  }

  @Test
  void a_principal_without_a_staff_record_has_no_viewer_and_the_desk_denies_and_audits_them() {
    assertThat(viewers.viewerFor(StaffId.of("X0404"))).isEmpty();

    DeskResult<StudentView> result = desk.viewStudent(StaffId.of("X0404"), AccessFixtures.UG, Purpose.CASEWORK);

    assertThat(result.permitted()).isFalse();
    assertThat(result.decision().rule()).isEqualTo(AccessRule.DENY_BY_DEFAULT);
    assertThat(result.audit().record().actor()).isEqualTo("X0404");
    assertThat(result.audit().record().action()).isEqualTo(AuditAction.DENIED);
  }

  @Test
  void the_desk_resolves_a_principal_to_what_the_records_give_them() {
    DeskResult<StudentView> own = desk.viewStudent(TUTOR.id(), AccessFixtures.UG, Purpose.PASTORAL_SUPPORT);
    DeskResult<StudentView> lastYears = desk.viewStudent(TUTOR.id(), AccessFixtures.PG, Purpose.PASTORAL_SUPPORT);

    assertThat(own.decision().rule()).isEqualTo(AccessRule.PERSONAL_TUTOR_OWN_TUTEES);
    assertThat(lastYears.permitted()).isFalse();
  }

  @Test
  void a_senior_tutor_of_a_supportive_only_department_cannot_act_on_a_disciplinary_case() {
    StudentCase disciplinary = cases.open(CaseKind.CONCERN, MED_STUDENT, Actor.of("M0042", CaseRole.PERSONAL_TUTOR),
        DAY, b -> b.concernSource(ConcernSource.TUTOR).disciplinary(true));

    DeskResult<CaseView> result = desk.actOnCase(MED_SENIOR_TUTOR.id(), MED_STUDENT, cases, disciplinary.id(),
        CaseCommand.ESCALATE, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY);

    assertThat(result.decision().rule()).isEqualTo(AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY);
    assertThat(cases.require(disciplinary.id()).state()).isEqualTo(CaseState.RAISED);
  }

  @Test
  void a_senior_tutor_whose_caller_says_nothing_is_treated_as_supportive_only() {
    Viewer unstated = Viewer.builder().id(MED_SENIOR_TUTOR.id()).department(MED).faculty(FacultyId.of("FMED"))
        .addRoles(StaffRole.SENIOR_TUTOR_UNDERGRADUATE).build();
    StudentCase disciplinary = cases.open(CaseKind.CONCERN, MED_STUDENT, Actor.of("M0042", CaseRole.PERSONAL_TUTOR),
        DAY, b -> b.concernSource(ConcernSource.TUTOR).disciplinary(true));

    DeskResult<CaseView> acted = desk.actOnCase(unstated, MED_STUDENT, cases, disciplinary.id(),
        CaseCommand.ESCALATE, CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY);
    DeskResult<CaseView> seen = desk.viewCase(unstated, MED_STUDENT, cases, disciplinary.id(), Purpose.CASEWORK);

    assertThat(unstated.supportiveOnlySeniorTutor()).isTrue();
    assertThat(acted.decision().rule()).isEqualTo(AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY);
    assertThat(seen.decision().rule()).isEqualTo(AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY);
    assertThat(cases.require(disciplinary.id()).state()).isEqualTo(CaseState.RAISED);
  }

  private static StaffMember staff(String id, DepartmentId department, StaffRole... roles) {
    return Samples.tutor().withId(StaffId.of(id)).withDepartment(department).withRoles(roles);
  }

  private static TutorAssignment assign(String student, StaffId tutor, AcademicYear year) {
    return TutorAssignment.builder().student(StudentId.of(student)).tutor(tutor).academicYear(year)
        .origin(AssignmentOrigin.ALLOCATED).madeOn(LocalDate.of(2025, 9, 1)).build();
  }

  private static Institution institution() {
    Department chem = Department.builder().id(AccessFixtures.CHEM).name("Chemistry").faculty(AccessFixtures.SCIENCE)
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(CHEM_SENIOR_TUTOR.id(), StudyLevel.UNDERGRADUATE, YEAR))
        .build();
    Department med = Department.builder().id(MED).name("Medicine").faculty(FacultyId.of("FMED"))
        .seniorTutorsSupportiveOnly(true)
        .addSeniorTutorAppointments(SeniorTutorAppointment.of(MED_SENIOR_TUTOR.id(), StudyLevel.UNDERGRADUATE, YEAR))
        .build();
    return Institution.builder().id(InstitutionId.of("UNI")).name("University")
        .chiefStudentServicesOfficer(StaffId.of("C0001"))
        .addFaculties(Faculty.builder().id(AccessFixtures.SCIENCE).name("Science").addDepartments(chem).build(),
            Faculty.builder().id(FacultyId.of("FMED")).name("Medicine").addDepartments(med).build())
        .build();
  }
}
