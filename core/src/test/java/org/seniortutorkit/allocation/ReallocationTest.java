package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.allocation.Fixtures.request;
import static org.seniortutorkit.allocation.Fixtures.sid;
import static org.seniortutorkit.allocation.Fixtures.staff;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReallocationTest {
  private final List<StudentToPlace> students = new ArrayList<>(List.of(
      student("S1").build(), student("S2").build(), student("S3").build(), student("S4").build()));
  private final List<TutorStudentPair> current = List.of(
      TutorStudentPair.of(sid("S1"), staff("T1")), TutorStudentPair.of(sid("S2"), staff("T1")),
      TutorStudentPair.of(sid("S3"), staff("T2")), TutorStudentPair.of(sid("S4"), staff("T2")));

  @Test
  void a_late_student_is_placed_without_moving_anyone() {
    students.add(student("LATE").build());
    Allocation allocation = reallocate(List.of(tutor("T1").build(), tutor("T2").build(), tutor("T3").build()));

    assertThat(allocation.moves()).isEmpty();
    assertThat(allocation.tutorOf(sid("LATE"))).contains(staff("T3"));
  }

  @Test
  void when_a_tutor_goes_on_leave_only_their_tutees_move_citing_the_rule() {
    Allocation allocation = reallocate(List.of(tutor("T1").addOnLeaveIn(Fixtures.YEAR).build(), tutor("T2").build(),
        tutor("T3").build()));

    assertThat(allocation.moves()).extracting(Move::student).containsExactlyInAnyOrder(sid("S1"), sid("S2"));
    assertThat(allocation.moves()).allSatisfy(move -> {
      assertThat(move.from()).isEqualTo(staff("T1"));
      assertThat(move.rule()).contains(HardRule.TUTOR_ACTIVE);
    });
    assertThat(allocation.tutorOf(sid("S3"))).contains(staff("T2"));
  }

  @Test
  void a_capacity_cut_moves_only_as_many_students_as_it_must() {
    Allocation allocation = reallocate(List.of(tutor("T1").maxTutees(1).build(), tutor("T2").build(),
        tutor("T3").build()));

    assertThat(allocation.moves()).hasSize(1);
    assertThat(allocation.moves().get(0).rule()).contains(HardRule.CAPACITY);
    assertThat(allocation.moves().get(0).from()).isEqualTo(staff("T1"));
  }

  @Test
  void a_cheap_move_is_made_when_it_saves_more_than_its_price() {
    students.set(0, student("S1").previousTutor(staff("T3")).build());
    AllocationRequest request = request(students, List.of(tutor("T1").build(), tutor("T2").build(),
        tutor("T3").build())).currentAssignments(current)
        .policy(AllocationPolicy.builder().movePrice(10).build()).build();

    Allocation allocation = PersonalTutorAllocator.allocate(request);

    assertThat(allocation.moves()).singleElement().satisfies(move -> {
      assertThat(move.to()).contains(staff("T3"));
      assertThat(move.rule()).isEmpty();
      assertThat(move.reason()).contains("more than the move price");
    });
  }

  private Allocation reallocate(List<TutorCandidate> tutors) {
    return PersonalTutorAllocator.allocate(request(students, tutors).currentAssignments(current).build());
  }
}
