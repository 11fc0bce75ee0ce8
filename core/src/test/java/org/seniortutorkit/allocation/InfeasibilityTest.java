package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.allocation.Fixtures.allocate;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.student.ComplexNeed;

class InfeasibilityTest {
  private static final ComplexNeed DSP = ComplexNeed.DISABILITY_SUPPORT_PLAN;

  @Test
  void too_few_qualified_places_are_reported_as_the_smallest_competing_group() {
    Allocation allocation = allocate(
        List.of(student("D1").addComplexNeeds(DSP).build(), student("D2").addComplexNeeds(DSP).build(),
            student("D3").addComplexNeeds(DSP).build(), student("P1").build(), student("P2").build()),
        List.of(tutor("Q1").addTrainedFor(DSP).maxTutees(1).build(), tutor("Q2").addTrainedFor(DSP).maxTutees(0).build(),
            tutor("U1").build(), tutor("U2").build()));

    assertThat(allocation.assignments()).hasSize(3);
    assertThat(allocation.unplaced()).hasSize(2);
    UnplacedStudent unplaced = allocation.unplaced().get(0);
    assertThat(unplaced.competingStudents()).isEqualTo(3);
    assertThat(unplaced.placesForThem()).isEqualTo(1);
    assertThat(unplaced.limitingRules()).containsExactlyInAnyOrder(HardRule.CAPACITY, HardRule.COMPLEX_NEEDS_QUALIFIED);
    assertThat(unplaced.reason()).isEqualTo("3 students in Physics needing a tutor qualified for "
        + "their complex needs can only go to 2 eligible tutors (Q1, Q2), who have 1 place left: 2 cannot "
        + "be placed (CAPACITY). Other tutors are excluded by COMPLEX_NEEDS_QUALIFIED (2).");
  }

  @Test
  void the_reason_never_shows_in_to_string_because_it_may_name_a_complex_need() {
    Allocation allocation = allocate(List.of(student("D1").addComplexNeeds(DSP).build()),
        List.of(tutor("U1").build()));

    assertThat(allocation.unplaced().get(0).toString()).doesNotContain("DISABILITY");
    assertThat(allocation.toString()).doesNotContain("DISABILITY");
  }

  @Test
  void a_student_with_no_eligible_tutor_is_told_which_rules_exclude_whom() {
    Allocation allocation = allocate(List.of(student("S1").build()),
        List.of(tutor("LEAVE").addOnLeaveIn(Fixtures.YEAR).build(),
            tutor("NOWORKSHOP").workshopCompletedOn(java.util.Optional.empty()).build()));

    assertThat(allocation.unplaced().get(0).reason()).isEqualTo("1 student in Physics has no eligible tutor at "
        + "all: 1 cannot be placed (CAPACITY). Other tutors are excluded by TUTOR_ACTIVE (1), WORKSHOP_COMPLETED (1).");
  }

  @Test
  void a_department_without_tutors_is_named() {
    Allocation allocation = allocate(List.of(student("S1").department(DepartmentId.of("History")).build()),
        List.of(tutor("T1").build()));

    assertThat(allocation.unplaced().get(0).reason()).endsWith("No tutor belongs to History (SAME_DEPARTMENT).");
    assertThat(allocation.unplaced().get(0).limitingRules()).contains(HardRule.SAME_DEPARTMENT);
  }

  @Test
  void the_partial_allocation_still_places_everyone_it_can_at_least_cost() {
    Allocation allocation = allocate(
        List.of(student("S1").build(), student("S2").build(), student("S3").build()),
        List.of(tutor("T1").maxTutees(1).build(), tutor("T2").maxTutees(1).build()));

    assertThat(allocation.assignments()).hasSize(2);
    assertThat(allocation.tutorLoads()).extracting(TutorLoad::tutees).containsExactly(1, 1);
  }
}
