package org.seniortutorkit.regulation.builtin.mitigation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.policy;
import static org.seniortutorkit.regulation.builtin.mitigation.ClaimSamples.EXAM;
import static org.seniortutorkit.regulation.builtin.mitigation.ClaimSamples.evidenced;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;

class ClaimWithinDeadlineTest {
  private final ClaimWithinDeadline rule = new ClaimWithinDeadline();

  @Test
  void the_bank_holiday_inside_the_window_moves_the_last_day_to_monday() {
    assertThat(ClaimWithinDeadline.lastDay(EXAM, policy())).isEqualTo(LocalDate.of(2027, 5, 10));
  }

  @Test
  void without_the_bank_holiday_the_last_day_is_the_friday() {
    var noHolidays = policy().with(PolicySetting.HOLIDAYS, List.of());
    assertThat(ClaimWithinDeadline.lastDay(EXAM, noHolidays)).isEqualTo(LocalDate.of(2027, 5, 7));
  }

  @Test
  void a_claim_on_the_last_working_day_is_in_time() {
    assertThat(rule.check(evidenced(LocalDate.of(2027, 5, 10)), file(), policy(), Optional.empty())).isEmpty();
  }

  @Test
  void a_claim_the_day_after_is_out_of_time() {
    var finding = rule.check(evidenced(LocalDate.of(2027, 5, 11)), file(), policy(), Optional.empty()).orElseThrow();
    assertThat(finding.outcome()).isEqualTo(FindingOutcome.OUT_OF_TIME);
    assertThat(finding.explanation()).isEqualTo(
        "made on 2027-05-11, 1 working day(s) after the last day 2027-05-10 (5 working days after 2027-04-30)");
  }

  @Test
  void a_claim_made_over_the_following_weekend_is_still_out_of_time() {
    var finding = rule.check(evidenced(LocalDate.of(2027, 5, 15)), file(), policy(), Optional.empty());
    assertThat(finding).isPresent();
    assertThat(finding.get().explanation()).contains("4 working day(s) after");
  }

  @Test
  void a_claim_without_an_assessment_date_is_refused() {
    assertThatThrownBy(() -> org.seniortutorkit.regulation.MitigatingCircumstancesClaim.builder()
        .from(evidenced(EXAM)).assessmentDate(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("assessmentDate");
  }
}
