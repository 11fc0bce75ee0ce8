package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.allocation.Fixtures.allocate;
import static org.seniortutorkit.allocation.Fixtures.sid;
import static org.seniortutorkit.allocation.Fixtures.staff;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftGoalsAndExplanationsTest {
  @Test
  void a_returning_student_keeps_last_years_tutor() {
    Allocation allocation = allocate(List.of(student("S1").previousTutor(staff("T2")).build()),
        List.of(tutor("T1").build(), tutor("T2").build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("T2"));
    assertThat(allocation.continuityKept()).isEqualTo(1);
    assertThat(allocation.returningStudents()).isEqualTo(1);
  }

  @Test
  void loads_follow_fte() {
    List<StudentToPlace> students = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      students.add(student("S" + i).build());
    }
    Allocation allocation = allocate(students, List.of(tutor("FULL").build(), tutor("HALF").fte(0.5).build()));

    assertThat(allocation.tutorLoads()).extracting(TutorLoad::tutees).containsExactly(4, 2);
  }

  @Test
  void a_programme_match_is_preferred() {
    Allocation allocation = allocate(List.of(student("S1").programme("MSci Astro").build()),
        List.of(tutor("BSC").build(), tutor("ASTRO").addProgrammes("MSci Astro").build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("ASTRO"));
  }

  @Test
  void a_student_preference_and_a_tutor_preference_are_honoured() {
    Allocation allocation = allocate(
        List.of(student("S1").addPreferredTutors(staff("T2")).build(), student("S2").build()),
        List.of(tutor("T1").maxTutees(1).build(), tutor("T2").maxTutees(1).build(),
            tutor("T3").maxTutees(1).addPreferredTutees(sid("S2")).build()));

    assertThat(allocation.tutorOf(sid("S1"))).contains(staff("T2"));
    assertThat(allocation.tutorOf(sid("S2"))).contains(staff("T3"));
  }

  @Test
  void an_explanation_names_the_rules_satisfied_and_each_goal_with_its_cost() {
    Allocation allocation = allocate(List.of(student("S1").previousTutor(staff("GONE")).build()),
        List.of(tutor("T1").build()));

    AllocationExplanation why = allocation.assignments().get(0).explanation();

    assertThat(why.rulesSatisfied()).containsExactly(HardRule.TUTOR_ACTIVE, HardRule.WORKSHOP_COMPLETED,
        HardRule.SAME_DEPARTMENT, HardRule.CAPACITY, HardRule.COMPLEX_NEEDS_QUALIFIED,
        HardRule.NO_CONFLICT_OF_INTEREST);
    assertThat(why.softGoals()).extracting(SoftGoalOutcome::goal)
        .containsExactly(SoftGoal.CONTINUITY, SoftGoal.SUBJECT_MATCH, SoftGoal.LOAD_BALANCE);
    assertThat(why.softGoals().get(0).met()).isFalse();
    assertThat(why.softGoals().get(0).cost()).isEqualTo(50);
    assertThat(why.summary()).contains("CONTINUITY traded off (cost 50): last year's tutor GONE not kept");
  }

  @Test
  void the_total_cost_adds_pair_costs_and_convex_load_prices() {
    Allocation allocation = allocate(List.of(student("S1").build(), student("S2").programme("Other").build()),
        List.of(tutor("T1").build()));

    // subject mismatch 10 for S2; load 2 at FTE 1: 1 + 3.
    assertThat(allocation.totalCost()).isEqualTo(14);
  }

  @Test
  void an_empty_request_gives_an_empty_complete_allocation() {
    Allocation allocation = allocate(List.of(), List.of(tutor("T1").build()));

    assertThat(allocation.isComplete()).isTrue();
    assertThat(allocation.totalCost()).isZero();
  }
}
