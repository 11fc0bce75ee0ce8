package org.seniortutorkit.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.allocation.Fixtures.request;
import static org.seniortutorkit.allocation.Fixtures.sid;
import static org.seniortutorkit.allocation.Fixtures.staff;
import static org.seniortutorkit.allocation.Fixtures.student;
import static org.seniortutorkit.allocation.Fixtures.tutor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.InvalidValueException;

class BadInputTest {
  @Test
  void a_duplicate_student_id_is_refused_naming_it() {
    assertThatThrownBy(() -> request(List.of(student("S1").build(), student("S1").build()),
        List.of(tutor("T1").build())).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AllocationRequest.students = S1 must not repeat a student id");
  }

  @Test
  void a_duplicate_tutor_id_is_refused() {
    assertThatThrownBy(() -> request(List.of(), List.of(tutor("T1").build(), tutor("T1").build())).build())
        .hasMessage("AllocationRequest.tutors = T1 must not repeat a tutor id");
  }

  @Test
  void a_negative_capacity_is_refused() {
    assertThatThrownBy(() -> tutor("T1").maxTutees(-1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("TutorCandidate.maxTutees = -1 must be greater than or equal to 0");
  }

  @Test
  void an_fte_of_zero_is_refused() {
    assertThatThrownBy(() -> tutor("T1").fte(0).build()).hasMessageContaining("TutorCandidate.fte = 0.0");
  }

  @Test
  void a_negative_weight_is_refused() {
    assertThatThrownBy(() -> AllocationPolicy.builder().continuityCost(-5).build())
        .hasMessageContaining("AllocationPolicy.continuityCost = -5 must be greater than or equal to 0");
  }

  @Test
  void capacity_cannot_be_relaxed() {
    assertThatThrownBy(() -> AllocationPolicy.builder().enforcedRules(EnumSet.of(HardRule.PINNED_KEPT)).build())
        .hasMessage("AllocationPolicy.enforcedRules = [PINNED_KEPT] must include CAPACITY");
  }

  @Test
  void a_pin_to_an_unknown_tutor_or_against_a_conflict_is_refused() {
    assertThatThrownBy(() -> request(List.of(student("S1").build()), List.of(tutor("T1").build()))
        .addPinned(TutorStudentPair.of(sid("S1"), staff("NOBODY"))).build())
        .hasMessage("AllocationRequest.pinned.tutor = NOBODY must be one of the tutors");
    assertThatThrownBy(() -> request(List.of(student("S1").build()), List.of(tutor("T1").build()))
        .addPinned(TutorStudentPair.of(sid("S1"), staff("T1")))
        .addConflictsOfInterest(TutorStudentPair.of(sid("S1"), staff("T1"))).build())
        .hasMessage("AllocationRequest.pinned = S1->T1 must not pin a declared conflict of interest");
  }

  @Test
  void a_student_with_a_blank_programme_is_refused_without_showing_complex_needs() {
    assertThatThrownBy(() -> student("S1").programme(" ").addComplexNeeds(ComplexNeed.WELLBEING_CONCERN).build())
        .hasMessageContaining("StudentToPlace.programme")
        .hasMessageNotContaining("WELLBEING");
  }

  @Test
  void a_policy_is_read_from_json_with_defaults_for_what_it_omits() throws Exception {
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new GuavaModule());
    AllocationPolicy policy = json.readValue("{\"continuityCost\": 80, \"movePrice\": 5000, \"qualifications\": "
        + "{\"WELLBEING_CONCERN\": {\"minExperienceYears\": 3, \"trainingRequired\": false}}}", AllocationPolicy.class);

    assertThat(policy.continuityCost()).isEqualTo(80);
    assertThat(policy.subjectMismatchCost()).isEqualTo(10);
    assertThat(policy.qualificationFor(ComplexNeed.WELLBEING_CONCERN)).isEqualTo(QualificationRule.of(3, false));
  }

  @Test
  void a_policy_in_json_with_a_negative_price_is_refused() {
    ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module());
    assertThatThrownBy(() -> json.readValue("{\"loadWeight\": -1}", AllocationPolicy.class))
        .hasRootCauseInstanceOf(InvalidValueException.class)
        .rootCause().hasMessageContaining("AllocationPolicy.loadWeight = -1");
  }
}
