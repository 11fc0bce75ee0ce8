package org.seniortutorkit.examples.desk;

import java.time.LocalDate;
import org.seniortutorkit.access.Viewer;
import org.seniortutorkit.casework.CaseId;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.DepartmentId;
import org.seniortutorkit.institution.FacultyId;
import org.seniortutorkit.institution.Programme;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.staff.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.student.StudentId;
import org.seniortutorkit.training.TrainingRecord;

/** The people of the sample day: a Chemistry department, three students and the staff around them. */
final class DeskPeople {
  /** Special-category: kept on the claim, shown only to the panel, never printed. */
  static final String PRIYAS_EVIDENCE = "Consultant's letter: hospital admission in January";

  final StaffMember seniorTutor = staff("T0001", "Dr Rosalind Franklin", StaffRole.SENIOR_TUTOR_UNDERGRADUATE);
  final StaffMember tutor = staff("T0042", "Dr Ada Lovelace", StaffRole.PERSONAL_TUTOR);
  final StaffMember adviser = staff("W0100", "Chris Morgan", StaffRole.STUDENT_WELLBEING_ADVISER);
  final Department department = Department.builder()
      .id(DepartmentId.of("CHEM")).name("Department of Chemistry").faculty(FacultyId.of("FSCI"))
      .addProgrammes(Programme.builder().code(ProgrammeCode.of("F100")).name("BSc Chemistry")
          .level(StudyLevel.UNDERGRADUATE).durationYears(3).build())
      .addSeniorTutorAppointments(SeniorTutorAppointment.builder().seniorTutor(seniorTutor.id())
          .level(StudyLevel.UNDERGRADUATE).academicYear(AcademicYear.of(2026)).build())
      .build();
  final Student sam = student("S1234567", "Sam Taylor", ComplexNeed.WELLBEING_CONCERN);
  final Student priya = student("S2345678", "Priya Shah", ComplexNeed.DISABILITY_SUPPORT_PLAN);
  final Student jordan = student("S3456789", "Jordan Lee");

  Viewer tutorView() {
    return Viewer.of(tutor, department, java.util.Set.of(sam.id(), jordan.id(), priya.id()));
  }

  Viewer seniorTutorView() {
    return Viewer.of(seniorTutor, department, java.util.Set.of());
  }

  Viewer adviserView(org.seniortutorkit.casework.StudentCase referral) {
    return Viewer.of(adviser, department, java.util.Set.of()).withReferrals(referral.id());
  }

  /** A member of the Mitigation Advisory Panel from the Faculty of Arts. */
  Viewer panelMemberView(CaseId panelCase) {
    return Viewer.builder().id(StaffId.of("P0007")).department(DepartmentId.of("HIST")).faculty(FacultyId.of("FART"))
        .addPanelCases(panelCase).build();
  }

  private static StaffMember staff(String id, String name, StaffRole role) {
    return StaffMember.builder().id(StaffId.of(id)).fullName(name).department(DepartmentId.of("CHEM"))
        .addRoles(role)
        .training(TrainingRecord.builder().introductionToPersonalTutoringCompletedOn(LocalDate.of(2020, 9, 20)).build())
        .build();
  }

  private static Student student(String id, String name, ComplexNeed... needs) {
    return Student.builder().id(StudentId.of(id)).fullName(name).department(DepartmentId.of("CHEM"))
        .programme(ProgrammeCode.of("F100")).level(StudyLevel.UNDERGRADUATE).yearOfStudy(2)
        .entryYear(AcademicYear.of(2025)).addComplexNeeds(needs).build();
  }
}
