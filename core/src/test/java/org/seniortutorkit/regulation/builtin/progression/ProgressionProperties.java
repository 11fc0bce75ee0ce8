package org.seniortutorkit.regulation.builtin.progression;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import net.jqwik.api.Example;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.RegulationSamples;

class ProgressionProperties {
  private final StandardProgression rule = new StandardProgression();

  @Provide
  Arbitrary<List<ModuleResult>> years() {
    Arbitrary<ModuleResult> module = Combinators.combine(
            Arbitraries.of(10, 15, 20, 30), Arbitraries.integers().between(0, 100), Arbitraries.integers().between(1, 3))
        .as((credits, mark, attempt) -> RegulationSamples.result("M", credits, mark, attempt));
    return module.list().ofMinSize(1).ofMaxSize(10).map(modules -> {
      List<ModuleResult> named = new ArrayList<>();
      for (int i = 0; i < modules.size(); i++) {
        named.add(modules.get(i).withModule("M" + i));
      }
      return named;
    });
  }

  @Property(tries = 2000)
  void a_higher_mark_never_worsens_the_outcome(@ForAll("years") List<ModuleResult> results,
      @ForAll @IntRange(min = 0, max = 9) int which, @ForAll @IntRange(min = 1, max = 100) int raise) {
    int index = which % results.size();
    List<ModuleResult> better = new ArrayList<>(results);
    ModuleResult raised = better.get(index);
    better.set(index, raised.withMark(Math.min(100, raised.mark() + raise)));
    var before = rule.decide(RegulationSamples.file().withResults(results), RegulationSamples.policy()).orElseThrow();
    var after = rule.decide(RegulationSamples.file().withResults(better), RegulationSamples.policy()).orElseThrow();
    assertThat(after.rank()).as("%s -> %s", before.reasons(), after.reasons()).isLessThanOrEqualTo(before.rank());
  }

  @Example
  void a_result_with_no_credits_is_refused() {
    assertThatThrownBy(() -> RegulationSamples.result("M", 0, 50, 1))
        .hasMessage("ModuleResult.credits = 0 must be between 1 and 180");
  }
}
