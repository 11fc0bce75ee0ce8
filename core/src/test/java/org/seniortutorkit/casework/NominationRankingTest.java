package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StudentId;

class NominationRankingTest {
  private static final Actor SENIOR_TUTOR = Actor.of("T0001", CaseRole.SENIOR_TUTOR);

  private static StudentCase eligible(String student, double score) {
    StudentCase c = CaseFixtures.inState(CaseKind.NOMINATION, CaseState.ELIGIBLE);
    return c.withId(CaseId.of("N-" + student)).withStudent(StudentId.of(student)).withScore(score);
  }

  @Test
  void ranks_by_score_highest_first_and_moves_each_to_ranked() {
    List<StudentCase> ranked = NominationRanking.rank(
        List.of(eligible("S2", 68.0), eligible("S1", 74.5), eligible("S3", 71.0)), SENIOR_TUTOR,
        CaseFixtures.OPENED);

    assertThat(ranked).extracting(c -> c.student().value()).containsExactly("S1", "S3", "S2");
    assertThat(ranked).extracting(c -> c.rank().orElseThrow()).containsExactly(1, 2, 3);
    assertThat(ranked).allSatisfy(c -> assertThat(c.state()).isEqualTo(CaseState.RANKED));
  }

  @Test
  void ties_are_broken_by_student_id_so_order_of_input_does_not_matter() {
    List<StudentCase> ranked = NominationRanking.rank(
        List.of(eligible("S9", 70.0), eligible("S4", 70.0)), SENIOR_TUTOR, CaseFixtures.OPENED);

    assertThat(ranked).extracting(c -> c.student().value()).containsExactly("S4", "S9");
  }

  @Test
  void a_nomination_not_yet_eligible_cannot_be_ranked() {
    StudentCase nominated = CaseFixtures.opened(CaseKind.NOMINATION);

    assertThatThrownBy(() -> NominationRanking.rank(List.of(nominated), SENIOR_TUTOR, CaseFixtures.OPENED))
        .isInstanceOf(CaseCommandRejectedException.class)
        .hasMessageContaining("in state NOMINATED refused RANK");
  }
}
