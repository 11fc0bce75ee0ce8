package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.student.Student;

/** Two writers at once: optimistic concurrency lets exactly one win, and nothing is ever silently lost. */
public abstract class ConcurrencyContract extends ContractSupport {
  private static final Pattern COUNT = Pattern.compile("Counted (\\d+) times");

  @Test
  void of_two_writers_saving_the_same_version_one_wins_and_the_other_gets_a_conflict() throws Exception {
    Versioned<Student> original = tx((UnitOfWork work) -> work.students().save(TckData.student(1), Version.none()));
    CyclicBarrier bothRead = new CyclicBarrier(2);
    Callable<Object> writerA = writer(original, "Written By A", bothRead);
    Callable<Object> writerB = writer(original, "Written By B", bothRead);

    List<Object> outcomes = runTogether(List.of(writerA, writerB));

    assertThat(outcomes).filteredOn(ConcurrentModificationConflict.class::isInstance).hasSize(1)
        .singleElement().isInstanceOfSatisfying(ConcurrentModificationConflict.class, conflict -> {
          assertThat(conflict.expected()).isEqualTo(Version.first());
          assertThat(conflict.actual()).isEqualTo(Version.of(2));
        });
    Versioned<?> winner = (Versioned<?>) outcomes.stream().filter(Versioned.class::isInstance).findFirst()
        .orElseThrow();
    assertThat(tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)))).contains(cast(winner));
  }

  @Test
  void writers_that_retry_on_conflict_lose_no_update() throws Exception {
    tx((UnitOfWork work) -> work.students().save(TckData.student(1).withFullName("Counted 0 times"), Version.none()));
    int perWriter = 25;
    Callable<Object> incrementer = () -> {
      for (int i = 0; i < perWriter; i++) {
        incrementWithRetry();
      }
      return "done";
    };

    assertThat(runTogether(List.of(incrementer, incrementer))).containsOnly("done");

    Versioned<Student> stored = tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)).orElseThrow());
    assertThat(countIn(stored.value())).isEqualTo(2 * perWriter);
    assertThat(stored.version()).isEqualTo(Version.of(1 + 2 * perWriter));
  }

  @Test
  void a_conflict_report_for_a_missing_aggregate_says_the_store_has_none() {
    ConcurrentModificationConflict conflict = new ConcurrentModificationConflict(
        "Student", TckData.studentId(1), Version.first(), Version.none());

    assertThat(conflict.getMessage()).isEqualTo(
        "Student S0000001 was changed concurrently: expected v1 but the store has none; nothing was written");
  }

  private Callable<Object> writer(Versioned<Student> original, String name, CyclicBarrier bothRead) {
    return () -> {
      Version seen = tx((UnitOfWork work) -> work.students().find(original.value().id()).orElseThrow().version());
      bothRead.await(30, TimeUnit.SECONDS);
      try {
        return tx((UnitOfWork work) -> work.students().save(original.value().withFullName(name), seen));
      } catch (ConcurrentModificationConflict conflict) {
        return conflict;
      }
    };
  }

  private void incrementWithRetry() {
    for (int attempt = 0; attempt < 1000; attempt++) {
      Versioned<Student> seen = tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)).orElseThrow());
      String counted = "Counted " + (countIn(seen.value()) + 1) + " times";
      try {
        tx((UnitOfWork work) -> work.students().save(seen.value().withFullName(counted), seen.version()));
        return;
      } catch (ConcurrentModificationConflict conflict) {
        Thread.yield();
      }
    }
    throw new AssertionError("no progress after 1000 attempts");
  }

  private static int countIn(Student stored) {
    Matcher matcher = COUNT.matcher(stored.fullName());
    assertThat(matcher.find()).isTrue();
    return Integer.parseInt(matcher.group(1));
  }

  private static List<Object> runTogether(List<Callable<Object>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (Callable<Object> task : tasks) {
        futures.add(threads.submit(task));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> future : futures) {
        try {
          outcomes.add(future.get(60, TimeUnit.SECONDS));
        } catch (ExecutionException failed) {
          throw new AssertionError("a writer failed unexpectedly", failed.getCause());
        }
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  @SuppressWarnings("unchecked")
  private static Versioned<Student> cast(Versioned<?> winner) {
    return (Versioned<Student>) winner;
  }
}
