package org.seniortutorkit.regulation.builtin.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.regulation.RegulationSamples.AS_OF;
import static org.seniortutorkit.regulation.RegulationSamples.file;
import static org.seniortutorkit.regulation.RegulationSamples.policy;
import static org.seniortutorkit.regulation.RegulationSamples.result;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.kernel.InvalidValueException;

class MarksDroppedTest {
  private final MarksDropped rule = new MarksDropped();

  private static ModuleResult lastYear(String module, int mark) {
    return result(module, mark).withAcademicYear(AcademicYear.of(2025));
  }

  @Test
  void a_drop_of_exactly_the_threshold_is_a_concern() {
    var file = file().withResults(List.of(lastYear("A", 65), result("B", 50)));
    assertThat(rule.check(file, policy(), AS_OF).orElseThrow().explanation())
        .isEqualTo("average mark fell 15 points, from 65.0 in 2025/26 to 50.0 in 2026/27 (threshold 15)");
  }

  @Test
  void a_drop_one_point_short_of_the_threshold_is_not() {
    var file = file().withResults(List.of(lastYear("A", 65), result("B", 51)));
    assertThat(rule.check(file, policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_single_year_of_results_cannot_show_a_drop() {
    assertThat(rule.check(file().withResults(List.of(result("B", 20))), policy(), AS_OF)).isEmpty();
  }

  @Test
  void a_mark_above_100_is_refused() {
    assertThatThrownBy(() -> result("A", 101)).isInstanceOf(InvalidValueException.class)
        .hasMessage("ModuleResult.mark = 101 must be between 0 and 100");
  }
}
