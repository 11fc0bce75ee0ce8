package org.seniortutorkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.store.Transactions;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;

class AuditTrailTakenSequenceTest {
  private final InMemoryPersistence shared = InMemoryPersistence.create();

  @Test
  void the_store_refuses_an_entry_at_a_taken_sequence() {
    AuditEntry first = AuditEntry.chained(1, Clock.systemUTC().instant(), AuditFixtures.read("T0010", "S00100"),
        AuditEntry.GENESIS);
    shared.run(work -> work.audit().append(first));

    assertThatThrownBy(() -> shared.run(work -> work.audit().append(first)))
        .isInstanceOf(AuditSequenceTaken.class)
        .hasMessageContaining("sequence 1");
    assertThat(new AuditTrail(shared, Clock.systemUTC()).entries()).containsExactly(first);
  }

  @Test
  void a_record_whose_place_another_writer_took_is_chained_to_the_new_last_entry() {
    new AuditTrail(shared, Clock.systemUTC()).record(AuditFixtures.read("T0012", "S00102"));
    AuditTrail mine = new AuditTrail(new ReadBeforeTheOtherWriter(shared), Clock.systemUTC());

    AuditEntry entry = mine.record(AuditFixtures.read("T0011", "S00101"));

    assertThat(entry.sequence()).isEqualTo(2);
    assertThat(mine.entries()).extracting(e -> e.record().actor()).containsExactly("T0012", "T0011");
    assertThat(mine.verify().isIntact()).isTrue();
  }

  /**
   * A store whose first read of the last entry is stale, as when another writer appends between this writer's
   * read and its append: the append then lands on a taken sequence.
   */
  private static final class ReadBeforeTheOtherWriter implements Transactions<AuditWork> {
    private final InMemoryPersistence store;
    private boolean stale = true;

    ReadBeforeTheOtherWriter(InMemoryPersistence store) {
      this.store = store;
    }

    @Override
    public <R> R inTransaction(Function<? super AuditWork, R> work) {
      return store.inTransaction(unit -> {
        AuditLog log = new StaleOnce(unit.audit());
        AuditWork view = () -> log;
        return work.apply(view);
      });
    }

    private final class StaleOnce implements AuditLog {
      private final AuditLog log;

      StaleOnce(AuditLog log) {
        this.log = log;
      }

      @Override
      public Optional<AuditEntry> last() {
        if (stale) {
          stale = false;
          return Optional.empty();
        }
        return log.last();
      }

      @Override
      public void append(AuditEntry entry) {
        log.append(entry);
      }

      @Override
      public Optional<AuditEntry> find(long sequence) {
        return log.find(sequence);
      }

      @Override
      public Stream<AuditEntry> streamFrom(long fromSequence) {
        return log.streamFrom(fromSequence);
      }

      @Override
      public Stream<AuditEntry> streamFor(StudentId student) {
        return log.streamFor(student);
      }

      @Override
      public long count() {
        return log.count();
      }
    }
  }
}
