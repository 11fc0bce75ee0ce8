package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

class AllocationRequestsTest {
  private static final AcademicYear YEAR = AcademicYear.of(2026);
  private static final LocalDate ON = LocalDate.of(2026, 9, 14);
  private static final Department CHEMISTRY = Department.builder().id(DepartmentId.of("CHEM")).name("Chemistry")
      .faculty(FacultyId.of("FSCI"))
      .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("T0042"), StudyLevel.UNDERGRADUATE, YEAR))
      .build();

  private final Student returning = Samples.student().withId(StudentId.of("S1")).withYearOfStudy(2);
  private final Student interrupted = Samples.student().withId(StudentId.of("S2")).withStatus(StudentStatus.INTERRUPTED);
  private final Student physicist = Samples.student().withId(StudentId.of("S3")).withDepartment(DepartmentId.of("PHYS"));
  private final StaffMember tutor = Samples.tutor();
  private final StaffMember adviser = Samples.tutor().withId(StaffId.of("W1")).withRoles(StaffRole.STUDENT_WELLBEING_ADVISER);

  private static TutorAssignment assignment(Student student, StaffMember tutor, AcademicYear year, AssignmentOrigin origin) {
    return TutorAssignment.builder().student(student.id()).tutor(tutor.id()).academicYear(year).origin(origin)
        .madeOn(year.startsOn().plusDays(40)).build();
  }

  private AllocationRequest request(List<TutorAssignment> previous, List<TutorAssignment> current) {
    return AllocationRequests.forDepartment(input().previousYear(previous).thisYear(current).build());
  }

  private AllocationInput.Builder input() {
    return AllocationInput.builder().department(CHEMISTRY).year(YEAR).allocationDate(ON)
        .students(List.of(returning, interrupted, physicist)).staff(List.of(tutor, adviser)).fullTimeMaxTutees(18);
  }

  @Test
  void only_the_departments_active_students_are_in_scope() {
    assertThat(request(List.of(), List.of()).students()).extracting(StudentToPlace::id)
        .containsExactly(StudentId.of("S1"));
  }

  @Test
  void only_the_departments_personal_tutors_are_candidates_with_capacity_scaled_by_fte() {
    AllocationRequest request = request(List.of(), List.of());
    assertThat(request.tutors()).extracting(TutorCandidate::id).containsExactly(tutor.id());
    assertThat(request.tutors().get(0).capacity()).isEqualTo(14);   // floor(18 x 0.8)
    assertThat(request.tutors().get(0).experienceYears()).isEqualTo(7);
  }

  @Test
  void last_years_tutor_becomes_the_previous_tutor_for_continuity() {
    AllocationRequest request = request(
        List.of(assignment(returning, tutor, YEAR.previous(), AssignmentOrigin.ALLOCATED)), List.of());
    assertThat(request.students().get(0).previousTutor()).contains(tutor.id());
  }

  @Test
  void an_assignment_from_two_years_ago_is_not_continuity() {
    AllocationRequest request = request(
        List.of(assignment(returning, tutor, YEAR.previous().previous(), AssignmentOrigin.ALLOCATED)), List.of());
    assertThat(request.students().get(0).previousTutor()).isEmpty();
  }

  @Test
  void this_years_pinned_assignments_become_pins_and_others_current_assignments() {
    assertThat(request(List.of(), List.of(assignment(returning, tutor, YEAR, AssignmentOrigin.PINNED))).pinned())
        .containsExactly(TutorStudentPair.of(returning.id(), tutor.id()));
    assertThat(request(List.of(), List.of(assignment(returning, tutor, YEAR, AssignmentOrigin.ALLOCATED)))
        .currentAssignments()).containsExactly(TutorStudentPair.of(returning.id(), tutor.id()));
  }

  @Test
  void complex_needs_travel_to_the_allocation_redacted_from_to_string() {
    StudentToPlace placed = request(List.of(), List.of()).students().get(0);
    assertThat(placed.complexNeeds()).isEqualTo(returning.complexNeeds());
    assertThat(placed.toString()).doesNotContain("DISABILITY");
  }

  @Test
  void a_negative_maximum_is_refused() {
    assertThatThrownBy(() -> input().fullTimeMaxTutees(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AllocationInput.fullTimeMaxTutees = -1 must be greater than or equal to 0");
  }

  @Test
  void the_policy_defaults_to_the_default_allocation_policy() {
    assertThat(request(List.of(), List.of()).policy()).isEqualTo(AllocationPolicy.builder().build());
  }
}
