package org.seniortutorkit.regulation.builtin.withdrawal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.attendance;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.id;
import static org.seniortutorkit.regulation.RegulationSamples.policy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.WithdrawalStage;
import org.seniortutorkit.regulation.WithdrawalWarning;

class WithdrawalProcedureTest {
  private final WithdrawalProcedure rule = new WithdrawalProcedure();
  /** Seventy days (ten weeks) of one session a day. */
  private final StudentFile poorAttender = file().withAttendance(attendance(AS_OF, 70, 20));

  @Test
  void low_attendance_over_the_review_period_brings_a_first_warning() {
    var finding = rule.check(poorAttender, policy(), AS_OF).orElseThrow();
    assertThat(finding.outcome()).isEqualTo(FindingOutcome.FIRST_WARNING);
    assertThat(finding.action()).isEqualTo(RecommendedAction.ESCALATE_TO_SENIOR_TUTOR);
    assertThat(finding.explanation()).startsWith("no improvement: attended 20 of 70 sessions (28%)");
  }

  @Test
  void no_improvement_after_the_interval_brings_the_second_warning() {
    var warned = poorAttender.withWarnings(List.of(
        WithdrawalWarning.of(id(), WithdrawalStage.FIRST_WARNING, AS_OF.minusWeeks(4))));
    assertThat(rule.check(warned, policy(), AS_OF).orElseThrow().outcome()).isEqualTo(FindingOutcome.SECOND_WARNING);
  }

  @Test
  void no_improvement_after_the_second_warning_is_referred_to_registry() {
    var warned = poorAttender.withWarnings(List.of(
        WithdrawalWarning.of(id(), WithdrawalStage.FIRST_WARNING, AS_OF.minusWeeks(9)),
        WithdrawalWarning.of(id(), WithdrawalStage.SECOND_WARNING, AS_OF.minusWeeks(5))));
    var finding = rule.check(warned, policy(), AS_OF).orElseThrow();
    assertThat(finding.outcome()).isEqualTo(FindingOutcome.REFERRED_TO_REGISTRY);
    assertThat(finding.action()).isEqualTo(RecommendedAction.REFER_TO_REGISTRY);
  }

  @Test
  void the_next_stage_waits_for_the_warning_interval() {
    var warned = poorAttender.withWarnings(List.of(
        WithdrawalWarning.of(id(), WithdrawalStage.FIRST_WARNING, AS_OF.minusWeeks(4).plusDays(1))));
    assertThat(rule.check(warned, policy(), AS_OF)).isEmpty();
  }

  @Test
  void improvement_since_the_warning_stops_the_procedure() {
    var improved = file().withAttendance(attendance(AS_OF, 28, 28)).withWarnings(List.of(
        WithdrawalWarning.of(id(), WithdrawalStage.FIRST_WARNING, AS_OF.minusWeeks(4))));
    assertThat(rule.check(improved, policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_student_already_referred_gets_no_further_stage() {
    var referred = poorAttender.withWarnings(List.of(
        WithdrawalWarning.of(id(), WithdrawalStage.REFERRED_TO_REGISTRY, AS_OF.minusWeeks(6))));
    assertThat(rule.check(referred, policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_warning_needs_a_date() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> WithdrawalWarning.of(id(), WithdrawalStage.FIRST_WARNING, null))
        .isInstanceOf(NullPointerException.class);
  }
}
