package org.seniortutorkit.regulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RecommendedActionTest {
  @Test
  void only_referrals_chosen_because_of_a_complex_need_reveal_one() {
    assertThat(Arrays.stream(RecommendedAction.values()).filter(RecommendedAction::revealsComplexNeed))
        .containsExactlyInAnyOrder(RecommendedAction.REFER_TO_DISABILITY_OFFICER,
            RecommendedAction.REFER_TO_WELLBEING_ADVISER);
  }
}
