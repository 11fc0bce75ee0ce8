package org.seniortutorkit.benchmarks.moodle;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleToken;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.MoodleConfigReader;
import org.seniortutorkit.moodle.pull.DepartmentPull;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.progress.ProgressListener;

/**
 * A full {@code moodle pull} of a department of 2,000 students, 150 staff and 300 courses (6 courses per
 * student, 4 grade items per enrolment) from a simulated Moodle that takes 20 ms to answer each call. The target
 * is under 10 s per pull with at most {@code concurrency} requests in flight.
 *
 * <pre>{@code
 * mvn -q -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar MoodlePullBenchmark
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class MoodlePullBenchmark {
  @Param({"8"})
  public int concurrency;

  @Param({"20"})
  public long delayMillis;

  private MockWebServer server;
  private SimulatedDepartment moodle;
  private MoodleClient client;
  private MoodleConfig config;

  @Setup(Level.Trial)
  public void start() throws IOException {
    moodle = new SimulatedDepartment(2000, 150, 300, 6, 4, delayMillis);
    server = new MockWebServer();
    server.setDispatcher(moodle);
    server.setServerSocketFactory(SimulatedDepartment.noDelayServerSockets());
    server.start();
    client = MoodleClient.builder()
        .baseUrl(server.url("/").toString())
        .token(MoodleToken.of("0123456789abcdef0123456789abcdef"))
        .allowInsecureLoopback(true)
        .maxConcurrentRequests(concurrency)
        .readTimeout(Duration.ofSeconds(30))
        .build();
    config = MoodleConfigReader.parse(configJson(moodle.courses), "moodle.json", Path.of("."));
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  @Benchmark
  public PulledRecords pullDepartment() {
    PulledRecords records = new DepartmentPull(client, config, Clock.systemUTC(), ProgressListener.none()).everything();
    if (records.students().size() != moodle.students || records.staff().size() != moodle.staff
        || records.grades().size() != moodle.enrolments() * moodle.itemsPerEnrolment) {
      throw new IllegalStateException("incomplete pull: " + records.students().size() + " students, "
          + records.staff().size() + " staff, " + records.grades().size() + " grades, problems "
          + records.problems());
    }
    return records;
  }

  private static String configJson(int courses) {
    String f100 = IntStream.range(0, courses / 2).mapToObj(c -> "\"" + SimulatedDepartment.courseShortname(c) + "\"")
        .collect(Collectors.joining(","));
    String f101 = IntStream.range(courses / 2, courses)
        .mapToObj(c -> "\"" + SimulatedDepartment.courseShortname(c) + "\"").collect(Collectors.joining(","));
    return """
        {"baseUrl":"http://127.0.0.1","allowInsecureLoopback":true,"token":{"env":"MOODLE_TOKEN"},
         "department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "profileFields":{"complexNeeds":{"DISABILITY_SUPPORT_PLAN":"dsp"}},
         "programmes":[{"code":"F100","courses":[%s]},{"code":"F101","courses":[%s]}],
         "yearGroups":[{"year":1,"cohort":"chem-y1"},{"year":2,"cohort":"chem-y2"},{"year":3,"cohort":"chem-y3"}]}
        """.formatted(f100, f101);
  }
}
