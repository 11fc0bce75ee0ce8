package org.seniortutorkit.regulation.builtin.progression;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.policy;
import static org.seniortutorkit.regulation.RegulationSamples.result;
import static org.seniortutorkit.regulation.RegulationSamples.year;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.progression.MakeGoodRoute;
import org.seniortutorkit.regulation.progression.ProgressionDecision;
import org.seniortutorkit.regulation.progression.ProgressionOutcome;

class StandardProgressionTest {
  private final StandardProgression rule = new StandardProgression();

  private ProgressionDecision decide(List<ModuleResult> results) {
    return rule.decide(file().withResults(results), policy()).orElseThrow();
  }

  private static List<ModuleResult> with(List<ModuleResult> results, ModuleResult extra) {
    List<ModuleResult> all = new ArrayList<>(results);
    all.add(extra);
    return all;
  }

  @Test
  void a_mark_at_the_pass_mark_passes() {
    ProgressionDecision decision = decide(year(40, 40, 40, 40, 40, 40));
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.PROGRESS);
    assertThat(rule.check(file().withResults(year(40, 40, 40, 40, 40, 40)), policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_mark_one_below_is_compensated_when_the_average_is_at_least_the_pass_mark() {
    ProgressionDecision decision = decide(year(39, 41, 40, 40, 40, 40));
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.PROGRESS);
    assertThat(decision.compensatedModules()).containsExactly("MOD1");
  }

  @Test
  void no_compensation_when_the_average_is_below_the_pass_mark() {
    ProgressionDecision decision = decide(year(39, 40, 40, 40, 40, 40));
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES);
    assertThat(decision.route()).contains(MakeGoodRoute.RESIT);
    assertThat(decision.reasons()).contains("no compensation: average below the pass mark");
  }

  @Test
  void a_core_module_is_never_compensated_however_close_the_mark() {
    List<ModuleResult> results = new ArrayList<>(year(41, 41, 40, 40, 40));
    results.add(result("CORE1", 39).withCore(true));

    ProgressionDecision decision = decide(results);

    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES);
    assertThat(decision.compensatedModules()).isEmpty();
    assertThat(decision.failedModules()).containsExactly("CORE1");
    assertThat(decision.reasons()).contains("CORE1 is a core module: never compensated");
  }

  @Test
  void beside_a_failed_core_module_an_optional_one_is_still_compensated() {
    List<ModuleResult> results = new ArrayList<>(year(39, 60, 60, 60, 60, 60).subList(0, 5));
    results.add(result("CORE1", 38).withCore(true));

    ProgressionDecision decision = decide(results);

    assertThat(decision.compensatedModules()).containsExactly("MOD1");
    assertThat(decision.failedModules()).containsExactly("CORE1");
    assertThat(decision.summary()).isEqualTo("MAKE_GOOD_DEFICIENCIES/RESIT");
  }

  @Test
  void compensation_stops_at_the_credit_limit_and_the_rest_are_resat() {
    ProgressionDecision decision = decide(year(35, 35, 60, 60, 60, 60));
    assertThat(decision.compensatedModules()).hasSize(1);
    assertThat(decision.failedModules()).hasSize(1);
    assertThat(decision.summary()).isEqualTo("MAKE_GOOD_DEFICIENCIES/RESIT");
  }

  @Test
  void a_mark_below_the_compensation_zone_is_never_compensated() {
    ProgressionDecision decision = decide(year(29, 70, 70, 70, 70, 70));
    assertThat(decision.failedModules()).containsExactly("MOD1");
    assertThat(decision.route()).contains(MakeGoodRoute.RESIT);
  }

  @Test
  void more_failed_credits_than_the_resit_limit_means_repeating_the_year() {
    ProgressionDecision decision = decide(year(20, 20, 20, 20, 60, 60));
    assertThat(decision.route()).contains(MakeGoodRoute.REPEAT_YEAR);
    assertThat(decision.reasons()).contains("80 failed credits above the resit limit of 60: repeat the year");
  }

  @Test
  void failing_the_last_allowed_attempt_means_withdrawal_referred_to_registry() {
    List<ModuleResult> results = with(year(60, 60, 60, 60, 60), result("MOD6", 20, 25, 3));
    ProgressionDecision decision = decide(results);
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.REQUIRED_TO_WITHDRAW);
    assertThat(decision.exhaustedModules()).containsExactly("MOD6");
    var finding = rule.check(file().withResults(results), policy(), AS_OF).orElseThrow();
    assertThat(finding.action()).isEqualTo(RecommendedAction.REFER_TO_REGISTRY);
    assertThat(finding.references()).containsExactly("MOD6");
  }

  @Test
  void a_last_attempt_in_the_zone_is_compensated_rather_than_withdrawn() {
    List<ModuleResult> results = new ArrayList<>(year(35, 60, 60, 60, 60));
    results.add(result("MOD6", 20, 38, 3));
    ProgressionDecision decision = decide(results);
    assertThat(decision.compensatedModules()).contains("MOD6");
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES);
  }

  @Test
  void a_resit_mark_is_capped_at_the_pass_mark() {
    List<ModuleResult> results = with(year(30, 60, 60, 60, 60, 60), result("MOD1", 20, 75, 2));
    ProgressionDecision decision = decide(results);
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.PROGRESS);
    assertThat(decision.reasons().get(0)).isEqualTo("UNDERGRADUATE 2026/27: 120 credits, average 56.7, pass mark 40");
  }

  @Test
  void only_the_most_recent_year_is_decided() {
    List<ModuleResult> results = with(year(70, 70, 70, 70, 70, 70),
        result("OLD", 20, 10, 1).withAcademicYear(AcademicYear.of(2025)));
    assertThat(decide(results).outcome()).isEqualTo(ProgressionOutcome.PROGRESS);
  }

  @Test
  void postgraduate_taught_students_pass_at_fifty() {
    StudentFile pgt = StudentFile.of(RegulationSamples.student().withLevel(StudyLevel.POSTGRADUATE_TAUGHT)
        .withYearOfStudy(1)).withResults(year(45, 45, 45, 45, 45, 45));
    ProgressionDecision decision = rule.decide(pgt, policy()).orElseThrow();
    assertThat(decision.outcome()).isEqualTo(ProgressionOutcome.MAKE_GOOD_DEFICIENCIES);
    assertThat(decision.failedModules()).hasSize(6);
  }

  @Test
  void a_student_without_results_has_no_decision() {
    assertThat(rule.decide(file(), policy())).isEmpty();
  }

  @Test
  void an_attempt_number_of_zero_is_refused() {
    assertThatThrownBy(() -> result("MOD1", 20, 50, 0))
        .hasMessage("ModuleResult.attempt = 0 must be between 1 and 10");
  }
}
