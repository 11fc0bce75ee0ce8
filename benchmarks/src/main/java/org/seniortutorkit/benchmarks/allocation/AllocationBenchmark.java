package org.seniortutorkit.benchmarks.allocation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationFlowProblem;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.PersonalTutorAllocator;

/**
 * Personal Tutor allocation at four sizes, against OR-tools on the same network. The setup refuses to measure
 * unless our optimum equals OR-tools' (same units placed, same cost).
 *
 * <p>{@code allocate}: the whole engine (network, solve, explanations). {@code ourSolver} and {@code orTools}:
 * build the network, then solve it with our min-cost flow or with OR-tools' (which adds the unit-arc expansion).
 *
 * <p>Run: {@code java -Xmx1g -jar benchmarks/target/benchmarks.jar Allocation -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 3, time = 1)
public class AllocationBenchmark {
  @Param({"DEPARTMENT", "FACULTY", "INSTITUTION", "STRESS"})
  public InstanceSize size;

  private AllocationRequest request;

  @Setup(Level.Trial)
  public void generateAndCheckAgainstOrTools() {
    request = size.request();
    AllocationFlowProblem network = AllocationFlowProblem.of(request);
    long ours = network.minimumCost();
    OrToolsReference.Optimum reference = OrToolsReference.solve(network);
    Allocation allocation = PersonalTutorAllocator.allocate(request);
    long placed = allocation.assignments().size();
    if (ours != reference.cost() || placed != reference.placed()) {
      throw new IllegalStateException(size + ": ours placed " + placed + " at cost " + ours
          + ", OR-tools placed " + reference.placed() + " at cost " + reference.cost());
    }
    System.out.printf("%n%s: %d students, %d tutors, %d groups; placed %d, flow cost %d = OR-tools %d%n",
        size, size.students, size.tutors, network.groupCount(), placed, ours, reference.cost());
  }

  @Benchmark
  public Allocation allocate() {
    return PersonalTutorAllocator.allocate(request);
  }

  @Benchmark
  public long ourSolver() {
    return AllocationFlowProblem.of(request).minimumCost();
  }

  @Benchmark
  public OrToolsReference.Optimum orTools() {
    return OrToolsReference.solve(AllocationFlowProblem.of(request));
  }
}
