package org.seniortutorkit.audit;

import org.seniortutorkit.persistence.memory.InMemoryPersistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentAuditTest {
  private static final int DESKS = 4;
  private static final int RECORDS_EACH = 500;

  @Test
  void desks_recording_at_once_leave_one_unbroken_chain() throws Exception {
    AuditTrail log = new AuditTrail(InMemoryPersistence.create(), Clock.systemUTC());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService desks = Executors.newFixedThreadPool(DESKS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int d = 0; d < DESKS; d++) {
        String actor = "T00" + (10 + d);
        done.add(desks.submit(() -> {
          start.await();
          for (int i = 0; i < RECORDS_EACH; i++) {
            log.record(AuditFixtures.read(actor, "S00" + (100 + i)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> desk : done) {
        desk.get();
      }
    } finally {
      desks.shutdownNow();
    }

    assertThat(log.entries()).hasSize(DESKS * RECORDS_EACH);
    assertThat(log.entries()).extracting(AuditEntry::sequence)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, DESKS * RECORDS_EACH).boxed().toList());
    assertThat(log.verify().isIntact()).isTrue();
  }
}
