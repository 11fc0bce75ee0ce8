package org.seniortutorkit.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationNetwork;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.allocation.synthetic.SyntheticInstance;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.RegulationSamples;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

/** Long work tells its listener how far it has got, ending at done == total, and the answer does not change. */
class ProgressReportingTest {
  private record Tick(String step, long done, long total) {}

  private final List<Tick> ticks = new CopyOnWriteArrayList<>();
  private final ProgressListener recorder = (step, done, total) -> ticks.add(new Tick(step, done, total));

  @Test
  void an_allocation_reports_each_department_solved_and_gives_the_same_answer() {
    AllocationRequest request = SyntheticInstance.generate(3_000, 200, 7);
    Allocation quiet = PersonalTutorAllocator.allocate(request);
    Allocation watched = PersonalTutorAllocator.allocate(request, recorder);

    assertThat(watched).isEqualTo(quiet);
    assertThat(ticks).isNotEmpty().allMatch(t -> t.step().equals(AllocationNetwork.SOLVING));
    long total = ticks.get(0).total();
    assertThat(total).isGreaterThan(1);
    assertThat(ticks).hasSize((int) total).extracting(Tick::done).containsExactlyInAnyOrder(
        java.util.stream.LongStream.rangeClosed(1, total).boxed().toArray(Long[]::new));
  }

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
