package org.seniortutorkit.allocation.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationFlowProblem;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.progress.ProgressListener;

/**
 * An allocation over several departments tells its listener how far it has got, ending at done == total, and the
 * answer does not change; its public flow problem describes the same network the engine solves.
 */
class AllocationProgressTest {
  private record Tick(String step, long done, long total) {}

  private final List<Tick> ticks = new CopyOnWriteArrayList<>();
  private final ProgressListener recorder = (step, done, total) -> ticks.add(new Tick(step, done, total));

  @Test
  void an_allocation_reports_each_department_solved_and_gives_the_same_answer() {
    AllocationRequest request = SyntheticInstance.generate(3_000, 200, 7);
    Allocation quiet = PersonalTutorAllocator.allocate(request);
    Allocation watched = PersonalTutorAllocator.allocate(request, recorder);

    assertThat(watched).isEqualTo(quiet);
    assertThat(ticks).isNotEmpty().allMatch(t -> t.step().equals(PersonalTutorAllocator.SOLVING));
    long total = ticks.get(0).total();
    assertThat(total).isGreaterThan(1);
    assertThat(ticks).hasSize((int) total).extracting(Tick::done).containsExactlyInAnyOrder(
        LongStream.rangeClosed(1, total).boxed().toArray(Long[]::new));
  }

  @Test
  void the_flow_problem_counts_every_unpinned_student_and_tutor() {
    AllocationRequest request = SyntheticInstance.generate(3_000, 200, 7);
    AllocationFlowProblem problem = AllocationFlowProblem.of(request);
    long supply = 0;
    for (int g = 0; g < problem.groupCount(); g++) {
      supply += problem.groupSize(g);
      assertThat(IntStream.of(problem.eligibleTutors(g)))
          .allMatch(t -> t >= 0 && t < problem.tutorCount());
    }
    assertThat(supply).isEqualTo(request.students().size() - request.pinned().size());
    assertThat(problem.tutorCount()).isEqualTo(request.tutors().size());
    assertThat(problem.minimumCost()).isGreaterThan(0).isEqualTo(problem.minimumCost());
  }
}
