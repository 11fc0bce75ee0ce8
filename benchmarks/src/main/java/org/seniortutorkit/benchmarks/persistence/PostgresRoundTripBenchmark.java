package org.seniortutorkit.benchmarks.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
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
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.jdbc.JdbcPersistence;
import org.seniortutorkit.persistence.jdbc.JdbcSettings;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.tutoring.MeetingQuery;

/**
 * Saves 100,000 students and 1,000,000 meetings through the JDBC adapter on PostgreSQL (batched, 10,000 per
 * transaction) and streams them all back. One shot per iteration, each into a fresh schema. The time includes
 * building and validating every domain value on the way in and out, as an application would.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar PostgresRoundTripBenchmark -p url=jdbc:postgresql://127.0.0.1:5432/test
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 2)
public class PostgresRoundTripBenchmark {
  static final int STUDENTS = 100_000;
  static final int MEETINGS = 1_000_000;
  static final int PER_TRANSACTION = 10_000;

  @Param("jdbc:postgresql://127.0.0.1:5432/test")
  public String url;

  @Param("postgres")
  public String user;

  @Param("")
  public String password;

  private String schema;
  private JdbcPersistence store;

  @Setup(Level.Iteration)
  public void freshSchema() {
    schema = "stk_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    store = JdbcPersistence.open(JdbcSettings.builder().url(url).user(user).password(password).schema(schema).build());
  }

  @TearDown(Level.Iteration)
  public void dropSchema() throws SQLException {
    store.close();
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema " + schema + " cascade");
    }
  }

  /** Returns how many records came back, so the work cannot be optimised away. */
  @Benchmark
  public long saveAndReloadAHundredThousandStudentsAndAMillionMeetings() {
    save(STUDENTS, BenchmarkData::student, (work, batch) -> work.students().createAll(batch));
    save(MEETINGS, n -> BenchmarkData.meeting(n, STUDENTS), (work, batch) -> work.meetings().createAll(batch));
    long students = store.inTransaction(work -> count(work.students().stream(StudentQuery.all())));
    long meetings = store.inTransaction(work -> count(work.meetings().stream(MeetingQuery.all())));
    if (students != STUDENTS || meetings != MEETINGS) {
      throw new IllegalStateException("reloaded " + students + " students and " + meetings + " meetings");
    }
    return students + meetings;
  }

  private <T> void save(int total, IntFunction<T> record,
      java.util.function.BiConsumer<org.seniortutorkit.persistence.UnitOfWork, List<T>> createAll) {
    for (int start = 0; start < total; start += PER_TRANSACTION) {
      List<T> batch = new ArrayList<>(PER_TRANSACTION);
      for (int n = start; n < Math.min(total, start + PER_TRANSACTION); n++) {
        batch.add(record.apply(n));
      }
      store.run(work -> createAll.accept(work, batch));
    }
  }

  private static long count(Stream<? extends Versioned<?>> records) {
    try (records) {
      return records.mapToInt(record -> record.value().hashCode() & 1).count();
    }
  }
}
