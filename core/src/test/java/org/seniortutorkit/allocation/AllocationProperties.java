package org.seniortutorkit.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import static org.assertj.core.api.Assertions.assertThat;

class AllocationProperties {
  @Property(tries = 300)
  void every_student_is_placed_at_most_once_or_reported_unplaced_once(@ForAll long seed) {
    AllocationRequest request = SmallInstances.generate(seed);
    Allocation allocation = PersonalTutorAllocator.allocate(request);

    List<StudentId> seen = new ArrayList<>();
    allocation.assignments().forEach(a -> seen.add(a.student()));
    allocation.unplaced().forEach(u -> seen.add(u.student()));
    assertThat(seen).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(request.students().stream().map(StudentToPlace::id).toList());
  }

  @Property(tries = 300)
  void no_enforced_hard_rule_is_ever_broken_and_pins_are_kept(@ForAll long seed) {
    AllocationRequest request = SmallInstances.generate(seed);
    Allocation allocation = PersonalTutorAllocator.allocate(request);
    BruteForce rules = new BruteForce(request);
    Map<StudentId, StaffId> pins = new HashMap<>();
    request.pinned().forEach(p -> pins.put(p.student(), p.tutor()));
    Map<StaffId, Integer> loads = new HashMap<>();
    Map<StaffId, Integer> pinnedLoads = new HashMap<>();

    for (TuteeAllocation assignment : allocation.assignments()) {
      StudentToPlace student = student(request, assignment.student());
      TutorCandidate tutor = tutor(request, assignment.tutor());
      loads.merge(tutor.id(), 1, Integer::sum);
      if (pins.containsKey(student.id())) {
        assertThat(assignment.tutor()).isEqualTo(pins.get(student.id()));
        assertThat(assignment.pinned()).isTrue();
        pinnedLoads.merge(tutor.id(), 1, Integer::sum);
      } else {
        assertThat(rules.allowed(student, tutor)).as("%s with %s", student.id(), tutor.id()).isTrue();
      }
    }
    assertThat(allocation.assignments().stream().filter(TuteeAllocation::pinned).count()).isEqualTo(pins.size());
    for (TutorCandidate tutor : request.tutors()) {
      int allowed = Math.max(tutor.capacity(), pinnedLoads.getOrDefault(tutor.id(), 0));
      assertThat(loads.getOrDefault(tutor.id(), 0)).as("load of %s", tutor.id()).isLessThanOrEqualTo(allowed);
    }
  }

  @Property(tries = 300)
  void the_allocation_places_most_students_at_the_brute_force_minimum_cost(@ForAll long seed) {
    AllocationRequest request = SmallInstances.generate(seed);
    Allocation allocation = PersonalTutorAllocator.allocate(request);

    BruteForce.Score optimum = BruteForce.optimum(request);
    BruteForce.Score achieved = BruteForce.score(request, allocation);
    assertThat(achieved).isEqualTo(optimum);
    assertThat(allocation.totalCost()).isEqualTo(optimum.cost());
  }

  @Property(tries = 300)
  void every_unplaced_reason_names_more_competing_students_than_places(@ForAll long seed) {
    AllocationRequest request = SmallInstances.generate(seed);
    Allocation allocation = PersonalTutorAllocator.allocate(request);

    assertThat(allocation.unplaced()).allSatisfy(unplaced -> {
      assertThat(unplaced.competingStudents()).isGreaterThan(unplaced.placesForThem());
      assertThat(unplaced.limitingRules()).contains(HardRule.CAPACITY);
    });
  }

  @Property(tries = 200)
  void a_reallocation_is_optimal_counting_each_move_at_its_price(@ForAll long seed) {
    AllocationRequest changed = reallocation(seed, new Random(seed).nextInt(80));
    Allocation allocation = PersonalTutorAllocator.allocate(changed);

    assertThat(BruteForce.score(changed, allocation)).isEqualTo(BruteForce.optimum(changed));
  }

  @Property(tries = 200)
  void when_a_move_costs_more_than_anything_only_a_hard_rule_moves_a_student(@ForAll long seed) {
    AllocationRequest changed = reallocation(seed, 1_000_000);
    Allocation allocation = PersonalTutorAllocator.allocate(changed);

    assertThat(allocation.moves()).allSatisfy(move -> assertThat(move.rule()).isPresent());
  }

  /** Allocates an instance, then changes it (a tutor on leave, a capacity cut, a late student) and re-allocates. */
  private static AllocationRequest reallocation(long seed, long movePrice) {
    AllocationRequest first = SmallInstances.generate(seed);
    Allocation before = PersonalTutorAllocator.allocate(first);
    Random random = new Random(seed + 1);
    List<TutorCandidate> tutors = new ArrayList<>(first.tutors());
    int t = random.nextInt(tutors.size());
    switch (random.nextInt(3)) {
      case 0 -> tutors.set(t, tutors.get(t).withOnLeaveIn(SmallInstances.YEAR));
      case 1 -> tutors.set(t, tutors.get(t).withMaxTutees(Math.max(0, tutors.get(t).maxTutees() - 2)));
      default -> tutors.set(t, tutors.get(t).withMaxTutees(tutors.get(t).maxTutees() + 1));
    }
    List<StudentToPlace> students = new ArrayList<>(first.students());
    if (students.size() < 8) {
      students.add(StudentToPlace.builder().id(StudentId.of("LATE")).department(DepartmentId.of("Physics"))
          .level(StudyLevel.UNDERGRADUATE).programme("BSc").build());
    }
    Set<StudentId> unpinned = new HashSet<>();
    first.students().forEach(s -> unpinned.add(s.id()));
    first.pinned().forEach(p -> unpinned.remove(p.student()));
    List<TutorStudentPair> current = before.assignments().stream()
        .filter(a -> unpinned.contains(a.student()))
        .map(a -> TutorStudentPair.of(a.student(), a.tutor()))
        .toList();
    return AllocationRequest.copyOf(first)
        .withTutors(tutors)
        .withStudents(students)
        .withCurrentAssignments(current)
        .withPolicy(first.policy().withMovePrice(movePrice));
  }

  private static StudentToPlace student(AllocationRequest request, StudentId id) {
    return request.students().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static TutorCandidate tutor(AllocationRequest request, StaffId id) {
    return request.tutors().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
