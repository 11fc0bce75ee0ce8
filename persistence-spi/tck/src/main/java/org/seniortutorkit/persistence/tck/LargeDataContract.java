package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.tutoring.MeetingQuery;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * A large institution's data: 100,000 students and 1,000,000 meetings, written in batches and read back by
 * streaming in bounded memory. Reading a million meetings into a list would take several hundred megabytes;
 * while streaming, the heap must grow by no more than {@link #HEAP_GROWTH_LIMIT}.
 */
@Tag("large")
public abstract class LargeDataContract extends ContractSupport {
  public static final int STUDENTS = 100_000;
  public static final int MEETINGS = 1_000_000;
  public static final int BATCH = 10_000;
  public static final long HEAP_GROWTH_LIMIT = 96L * 1024 * 1024;

  @Test
  void a_hundred_thousand_students_and_a_million_meetings_stream_back_in_bounded_memory() {
    write(STUDENTS, TckData::student, UnitOfWork::students);
    write(MEETINGS, n -> TckData.meeting(n, STUDENTS), UnitOfWork::meetings);

    long baseline = usedHeapAfterGc();
    HeapWatch watch = new HeapWatch(baseline);
    long[] checksum = new long[1];
    long streamed = tx((UnitOfWork work) -> {
      try (Stream<Versioned<TutorMeeting>> meetings = work.meetings().stream(MeetingQuery.all())) {
        return meetings.peek(meeting -> checksum[0] += meeting.value().heldOn().getDayOfYear())
            .peek(meeting -> watch.sampleEvery(250_000))
            .count();
      }
    });

    assertThat(streamed).isEqualTo(MEETINGS);
    assertThat(checksum[0]).isEqualTo(expectedDayOfYearChecksum());
    assertThat(watch.peakGrowth())
        .as("heap growth while streaming %,d meetings (baseline %,d bytes)", MEETINGS, baseline)
        .isLessThan(HEAP_GROWTH_LIMIT);
    assertThat(tx((UnitOfWork work) -> countStream(work.students().stream(StudentQuery.all())))).isEqualTo(STUDENTS);
    assertThat(tx((UnitOfWork work) -> countStream(work.students().stream(
        StudentQuery.builder().department(DepartmentId.of("CHEM")).build())))).isEqualTo(STUDENTS / 4);
    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.builder().student(TckData.studentId(42)).build())))
        .isEqualTo(MEETINGS / STUDENTS);
  }

  private static long expectedDayOfYearChecksum() {
    long sum = 0;
    for (int n = 0; n < MEETINGS; n++) {
      sum += TckData.YEAR.startsOn().plusDays(n % 360).getDayOfYear();
    }
    return sum;
  }

  private static long countStream(Stream<? extends Versioned<?>> stream) {
    try (stream) {
      return stream.count();
    }
  }

  private <T> void write(int total, IntFunction<T> sample,
      java.util.function.Function<UnitOfWork, AggregateRepository<?, T, ?>> repository) {
    for (int start = 0; start < total; start += BATCH) {
      List<T> batch = new ArrayList<>(BATCH);
      for (int n = start; n < Math.min(total, start + BATCH); n++) {
        batch.add(sample.apply(n));
      }
      run(work -> repository.apply(work).createAll(batch));
    }
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** Samples the live heap every so many rows, to catch an adapter that reads everything into memory. */
  private static final class HeapWatch {
    private final long baseline;
    private long seen;
    private long peak;

    HeapWatch(long baseline) {
      this.baseline = baseline;
      this.peak = baseline;
    }

    void sampleEvery(int rows) {
      if (++seen % rows == 0) {
        peak = Math.max(peak, usedHeapAfterGc());
      }
    }

    long peakGrowth() {
      return peak - baseline;
    }
  }
}
