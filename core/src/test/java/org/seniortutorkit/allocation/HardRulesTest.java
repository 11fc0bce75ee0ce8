package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.allocation.Fixtures.allocate;
import static org.seniortutorkit.allocation.Fixtures.request;
import static org.seniortutorkit.allocation.Fixtures.sid;
import static org.seniortutorkit.allocation.Fixtures.staff;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.student.ComplexNeed;

class HardRulesTest {
  @Test
  void a_tutor_on_leave_that_year_gets_no_tutees() {
    Allocation allocation = allocate(List.of(student("S1").build()),
        List.of(tutor("ON_LEAVE").addOnLeaveIn(Fixtures.YEAR).build(), tutor("ACTIVE").build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("ACTIVE"));
  }

  @Test
  void a_tutors_load_names_the_rule_that_kept_them_from_every_student() {
    Allocation allocation = allocate(List.of(student("S1").build()), List.of(
        tutor("ON_LEAVE").addOnLeaveIn(Fixtures.YEAR).build(),
        tutor("NO_WORKSHOP").workshopCompletedOn(java.util.Optional.empty()).build(),
        tutor("ACTIVE").build(), tutor("SPARE").build()));

    assertThat(allocation.tutorLoads()).extracting(l -> l.tutor().value(), TutorLoad::unavailableBy).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ON_LEAVE", java.util.Optional.of(HardRule.TUTOR_ACTIVE)),
        org.assertj.core.groups.Tuple.tuple("NO_WORKSHOP", java.util.Optional.of(HardRule.WORKSHOP_COMPLETED)),
        org.assertj.core.groups.Tuple.tuple("ACTIVE", java.util.Optional.empty()),
        org.assertj.core.groups.Tuple.tuple("SPARE", java.util.Optional.empty()));
  }

  @Test
  void a_tutor_who_did_the_workshop_on_the_allocation_date_or_never_is_not_eligible() {
    Allocation allocation = allocate(List.of(student("S1").build()), List.of(
        tutor("SAME_DAY").workshopCompletedOn(Fixtures.DATE).build(),
        tutor("NEVER").workshopCompletedOn(java.util.Optional.empty()).build()));

    assertThat(allocation.assignments()).isEmpty();
    assertThat(allocation.unplaced().get(0).limitingRules()).contains(HardRule.WORKSHOP_COMPLETED);
  }

  @Test
  void a_student_goes_to_their_own_department_or_a_named_exception() {
    Allocation allocation = allocate(
        List.of(student("S1").department(DepartmentId.of("Chemistry")).build(), student("S2").department(DepartmentId.of("Maths")).build()),
        List.of(tutor("PHYS").build(), tutor("HELPS_CHEM").addAlsoTutorsFor(DepartmentId.of("Chemistry")).build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("HELPS_CHEM"));
    assertThat(allocation.unplaced()).extracting(UnplacedStudent::student).containsExactly(sid("S2"));
  }

  @Test
  void a_part_time_tutor_takes_at_most_floor_of_max_tutees_times_fte() {
    TutorCandidate halfTime = tutor("HALF").fte(0.5).maxTutees(5).build();
    Allocation allocation = allocate(
        List.of(student("S1").build(), student("S2").build(), student("S3").build()), List.of(halfTime));

    assertThat(halfTime.capacity()).isEqualTo(2);
    assertThat(allocation.assignments()).hasSize(2);
    assertThat(allocation.unplaced()).hasSize(1);
  }

  @Test
  void a_student_with_complex_needs_goes_only_to_a_qualified_tutor() {
    Allocation allocation = allocate(
        List.of(student("S1").addComplexNeeds(ComplexNeed.DISABILITY_SUPPORT_PLAN).build()),
        List.of(tutor("UNTRAINED").build(), tutor("NOVICE").addTrainedFor(ComplexNeed.DISABILITY_SUPPORT_PLAN)
            .experienceYears(1).build(), tutor("QUALIFIED").addTrainedFor(ComplexNeed.DISABILITY_SUPPORT_PLAN).build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("QUALIFIED"));
  }

  @Test
  void qualification_rules_are_configurable_per_need() {
    AllocationPolicy experienceOnly = AllocationPolicy.builder()
        .qualifications(Map.of(ComplexNeed.SPONSORED_VISA, QualificationRule.of(0, false))).build();
    AllocationRequest request = request(
        List.of(student("S1").addComplexNeeds(ComplexNeed.SPONSORED_VISA).build()),
        List.of(tutor("UNTRAINED").experienceYears(0).build())).policy(experienceOnly).build();

    assertThat(PersonalTutorAllocator.allocate(request).tutorOf(sid("S1"))).contains(staff("UNTRAINED"));
  }

  @Test
  void a_declared_conflict_of_interest_excludes_the_pair() {
    AllocationRequest request = request(List.of(student("S1").previousTutor(staff("PARENT")).build()),
        List.of(tutor("PARENT").build(), tutor("OTHER").build()))
        .addConflictsOfInterest(TutorStudentPair.of(sid("S1"), staff("PARENT"))).build();

    assertThat(PersonalTutorAllocator.allocate(request).tutorOf(sid("S1"))).contains(staff("OTHER"));
  }

  @Test
  void a_pinned_assignment_is_kept_even_against_other_rules() {
    AllocationRequest request = request(List.of(student("S1").department(DepartmentId.of("Chemistry")).build()),
        List.of(tutor("PHYS").build())).addPinned(TutorStudentPair.of(sid("S1"), staff("PHYS"))).build();

    TuteeAllocation assignment = PersonalTutorAllocator.allocate(request).assignments().get(0);

    assertThat(assignment.tutor()).isEqualTo(staff("PHYS"));
    assertThat(assignment.pinned()).isTrue();
    assertThat(assignment.explanation().rulesSatisfied())
        .contains(HardRule.PINNED_KEPT).doesNotContain(HardRule.SAME_DEPARTMENT);
  }

  @Test
  void a_relaxed_rule_no_longer_excludes() {
    AllocationPolicy relaxed = AllocationPolicy.builder()
        .enforcedRules(EnumSet.complementOf(EnumSet.of(HardRule.WORKSHOP_COMPLETED))).build();
    AllocationRequest request = request(List.of(student("S1").build()),
        List.of(tutor("NEW").workshopCompletedOn(java.util.Optional.empty()).build())).policy(relaxed).build();

    assertThat(PersonalTutorAllocator.allocate(request).tutorOf(sid("S1"))).contains(staff("NEW"));
  }
}
