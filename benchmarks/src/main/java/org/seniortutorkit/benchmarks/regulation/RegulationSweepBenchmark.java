package org.seniortutorkit.benchmarks.regulation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.RecordsIndex;
import org.seniortutorkit.regulation.RegulationCheck;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

/**
 * A full sweep of every rule over an institution: 100,000 students with 40 module results each and 5 million
 * attendance events (50 each), under layered policy packs (institution, one faculty, one department).
 *
 * <p>{@code sweep} includes grouping the records by student; {@code sweepIndexed} reuses the grouping, to
 * show how the time splits. Target: a full sweep in under 10 s on 2 cores.
 *
 * <pre>{@code java -jar benchmarks/target/benchmarks.jar Regulation -f 1 -wi 1 -i 3}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 60)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx6g"})
public class RegulationSweepBenchmark {
  @Param("100000")
  int students;

  @Param("40")
  int resultsPerStudent;

  @Param("50")
  int attendancePerStudent;

  private StudentRecords records;
  private RecordsIndex index;
  private PolicyLayers layers;
  private final RegulationCheck check = BuiltInRules.regulationCheck();

  @Setup
  public void generate() {
    records = SyntheticRecords.generate(students, resultsPerStudent, attendancePerStudent, 42);
    index = RecordsIndex.of(records);
    PolicyPack faculty = PolicyPack.builder().id("f1").version("1").layer(PolicyLayer.FACULTY).appliesTo("F1")
        .effectiveFrom(DefaultPolicyPack.load().effectiveFrom())
        .putSettings("monitoring.attendance.thresholdPercent", 75).build();
    PolicyPack department = PolicyPack.builder().id("d2").version("1").layer(PolicyLayer.DEPARTMENT)
        .appliesTo("D2").effectiveFrom(DefaultPolicyPack.load().effectiveFrom())
        .putSettings("department.seniorTutorsSupportiveOnly", true).build();
    layers = PolicyLayers.of(List.of(DefaultPolicyPack.load(), faculty, department));
  }

  @Benchmark
  public CheckReport sweep() {
    return check.run(records, layers);
  }

  @Benchmark
  public CheckReport sweepIndexed() {
    return check.run(index, records, layers);
  }
}
