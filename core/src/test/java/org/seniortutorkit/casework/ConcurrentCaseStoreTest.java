package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentCaseStoreTest {
  private static final int DESKS = 8;
  private static final int ROUNDS = 200;

  @Test
  void of_desks_saving_the_same_version_at_once_exactly_one_wins_every_time() throws Exception {
    ExecutorService desks = Executors.newFixedThreadPool(DESKS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        InMemoryPersistence store = InMemoryPersistence.create();
        StudentCase opened = CaseFixtures.opened(CaseKind.CONCERN);
        store.run(work -> work.cases().save(opened, Version.none()));
        StudentCase acknowledged = opened.applyOrThrow(CaseCommand.ACKNOWLEDGE,
            CaseFixtures.actorIn(CaseRole.PERSONAL_TUTOR), CaseFixtures.OPENED);

        assertThat(saveAtOnce(desks, store, acknowledged, opened.version())).as("round %d", round).isEqualTo(1);
        java.util.Optional<StudentCase> kept =
            store.inTransaction(work -> work.cases().find(opened.id())).map(Versioned::value);
        assertThat(kept).contains(acknowledged);
      }
    } finally {
      desks.shutdownNow();
    }
  }

  /** How many of {@link #DESKS} simultaneous saves succeed; the rest must be refused as stale. */
  private static int saveAtOnce(ExecutorService desks, InMemoryPersistence store, StudentCase next, Version expected)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> saves = new ArrayList<>();
    for (int d = 0; d < DESKS; d++) {
      saves.add(desks.submit(() -> {
        start.await();
        try {
          store.run(work -> work.cases().save(next, expected));
          return true;
        } catch (ConcurrentModificationConflict stale) {
          return false;
        }
      }));
    }
    start.countDown();
    int won = 0;
    for (Future<Boolean> save : saves) {
      won += save.get() ? 1 : 0;
    }
    return won;
  }
}
