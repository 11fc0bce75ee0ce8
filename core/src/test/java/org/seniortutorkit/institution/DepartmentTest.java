package org.seniortutorkit.institution;

import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.InstitutionId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.InvalidValueException;

class DepartmentTest {
  private static final AcademicYear YEAR = AcademicYear.of(2026);
  private static final Programme BSC = Programme.of(ProgrammeCode.of("F100"), "BSc Chemistry",
      StudyLevel.UNDERGRADUATE, 3);
  private static final Programme MSC = Programme.of(ProgrammeCode.of("F1MS"), "MSc Chemistry",
      StudyLevel.POSTGRADUATE_TAUGHT, 1);

  private static Department.Builder chemistry() {
    return Department.builder().id(DepartmentId.of("CHEM")).name("Chemistry").faculty(FacultyId.of("FSCI"));
  }

  private static SeniorTutorAppointment seniorTutor(String id, StudyLevel level) {
    return SeniorTutorAppointment.of(StaffId.of(id), level, YEAR);
  }

  @Test
  void an_undergraduate_department_needs_only_an_undergraduate_senior_tutor() {
    Department department = chemistry().addProgrammes(BSC)
        .addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build();
    assertThat(department.seniorTutors(StudyLevel.UNDERGRADUATE, YEAR)).containsExactly(StaffId.of("T1"));
    assertThat(department.runsPostgraduateTaught()).isFalse();
  }

  @Test
  void a_department_without_any_senior_tutor_is_rejected() {
    assertThatThrownBy(() -> chemistry().addProgrammes(BSC).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Department.seniorTutorAppointments = [] must appoint at least one undergraduate Senior Tutor");
  }

  @Test
  void a_department_running_pgt_programmes_needs_a_postgraduate_senior_tutor() {
    assertThatThrownBy(() -> chemistry().addProgrammes(BSC, MSC)
        .addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Department.seniorTutorAppointments = CHEM must include a postgraduate Senior Tutor for 2026/27"
            + " because CHEM runs postgraduate taught programmes");
  }

  @Test
  void a_year_with_only_a_postgraduate_senior_tutor_is_rejected() {
    assertThatThrownBy(() -> chemistry().addProgrammes(BSC, MSC)
        .addSeniorTutorAppointments(seniorTutor("T2", StudyLevel.POSTGRADUATE_TAUGHT)).build())
        .hasMessageContaining("must include an undergraduate Senior Tutor for 2026/27");
  }

  @Test
  void senior_tutors_are_supportive_only_when_the_department_says_so() {
    Department medicine = chemistry().id(DepartmentId.of("MED")).name("School of Medicine")
        .seniorTutorsSupportiveOnly(true).addProgrammes(BSC)
        .addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build();
    assertThat(medicine.seniorTutorsSupportiveOnly()).isTrue();
    assertThat(chemistry().addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build()
        .seniorTutorsSupportiveOnly()).isFalse();
  }

  @Test
  void a_faculty_refuses_a_department_of_another_faculty() {
    Department chem = chemistry().addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build();
    assertThatThrownBy(() -> Faculty.builder().id(FacultyId.of("FART")).name("Arts").addDepartments(chem).build())
        .hasMessage("Faculty.departments[0].faculty = FSCI must be FART, the faculty that lists it");
  }

  @Test
  void an_institution_refuses_duplicate_department_ids() {
    Department chem = chemistry().addSeniorTutorAppointments(seniorTutor("T1", StudyLevel.UNDERGRADUATE)).build();
    Faculty science = Faculty.builder().id(FacultyId.of("FSCI")).name("Science").addDepartments(chem, chem).build();
    assertThatThrownBy(() -> Institution.builder().id(InstitutionId.of("UNI")).name("University")
        .chiefStudentServicesOfficer(StaffId.of("C1")).addFaculties(science).build())
        .hasMessage("Institution.faculties.departments.id = CHEM must be unique across the institution");
  }
}
