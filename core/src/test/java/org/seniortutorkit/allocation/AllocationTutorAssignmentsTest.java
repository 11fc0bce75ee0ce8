package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.allocation.Fixtures.DATE;
import static org.seniortutorkit.allocation.Fixtures.YEAR;
import static org.seniortutorkit.allocation.Fixtures.request;
import static org.seniortutorkit.allocation.Fixtures.sid;
import static org.seniortutorkit.allocation.Fixtures.staff;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/** The way back from the engine to the domain: an {@link Allocation} as the year's {@link TutorAssignment}s. */
class AllocationTutorAssignmentsTest {
  private final Allocation allocation = PersonalTutorAllocator.allocate(request(
      List.of(student("S1").build(), student("S2").build()), List.of(tutor("T1").build(), tutor("T2").build()))
      .addPinned(TutorStudentPair.of(sid("S2"), staff("T2"))).build());

  @Test
  void each_placed_student_gets_one_assignment_for_the_year_pinned_ones_as_pinned() {
    List<TutorAssignment> assignments = allocation.tutorAssignments(DATE);

    assertThat(assignments).hasSameSizeAs(allocation.assignments());
    assertThat(assignments).allSatisfy(a -> {
      assertThat(a.academicYear()).isEqualTo(YEAR);
      assertThat(a.madeOn()).isEqualTo(DATE);
      assertThat(allocation.tutorOf(a.student())).contains(a.tutor());
    });
    assertThat(assignments).filteredOn(a -> a.student().equals(sid("S2"))).singleElement()
        .satisfies(a -> assertThat(a.origin()).isEqualTo(AssignmentOrigin.PINNED));
    assertThat(assignments).filteredOn(a -> a.student().equals(sid("S1"))).singleElement()
        .satisfies(a -> assertThat(a.origin()).isEqualTo(AssignmentOrigin.ALLOCATED));
  }

  @Test
  void a_reallocation_keeps_an_unchanged_assignment_as_it_was_and_dates_the_others() {
    LocalDate earlier = DATE.minusDays(20);
    TutorAssignment s1 = allocation.tutorAssignments(earlier).stream()
        .filter(a -> a.student().equals(sid("S1"))).findFirst().orElseThrow();
    TutorAssignment keptAsItWas = s1.withOrigin(AssignmentOrigin.CARRIED_OVER);
    TutorAssignment lastYears = TutorAssignment.builder().from(s1).academicYear(YEAR.previous())
        .madeOn(earlier.minusYears(1)).build();

    assertThat(allocation.tutorAssignments(DATE, List.of(keptAsItWas))).contains(keptAsItWas);
    assertThat(allocation.tutorAssignments(DATE, List.of(lastYears)))
        .filteredOn(a -> a.student().equals(sid("S1"))).singleElement()
        .satisfies(a -> assertThat(a.madeOn()).isEqualTo(DATE));
  }
}
