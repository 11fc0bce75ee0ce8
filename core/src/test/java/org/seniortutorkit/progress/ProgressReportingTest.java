package org.seniortutorkit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

/**
 * Long work tells its listener how far it has got, ending at done == total, and the answer does not change. (The
 * allocation's progress is tested in the testing module, on a synthetic multi-department instance.)
 */
class ProgressReportingTest {
  private record Tick(String step, long done, long total) {}

  private final List<Tick> ticks = new CopyOnWriteArrayList<>();
  private final ProgressListener recorder = (step, done, total) -> ticks.add(new Tick(step, done, total));

  @Test
  void a_regulation_sweep_reports_its_last_student() {
    StudentRecords records = StudentRecords.builder().asOf(RegulationSamples.AS_OF)
        .addStudents(RegulationSamples.student()).build();
    PolicyLayers layers = PolicyLayers.of(List.of(DefaultPolicyPack.load()));
    CheckReport watched = BuiltInRules.regulationCheck().run(records, layers, recorder);

    assertThat(watched).isEqualTo(BuiltInRules.regulationCheck().run(records, layers));
    assertThat(ticks).containsExactly(new Tick(RegulationCheck.CHECKING, 1, 1));
  }
}
