package org.seniortutorkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditLogTakenSequenceTest {
  private final InMemoryAuditLogStore shared = new InMemoryAuditLogStore();

  @Test
  void the_store_refuses_an_entry_that_does_not_follow_the_last() {
    AuditEntry first = AuditEntry.chained(1, Clock.systemUTC().instant(), AuditFixtures.read("T0010", "S00100"),
        AuditEntry.GENESIS);
    shared.append(first);

    assertThatThrownBy(() -> shared.append(first)).isInstanceOf(AuditSequenceTakenException.class)
        .hasMessageContaining("sequence 1");
    assertThat(shared.entries()).containsExactly(first);
  }

  @Test
  void a_record_whose_place_another_writer_took_is_chained_to_the_new_last_entry() {
    AuditLog other = new AuditLog(shared, Clock.systemUTC());
    AuditLog mine = new AuditLog(new OvertakenOnce(shared, other), Clock.systemUTC());

    AuditEntry entry = mine.record(AuditFixtures.read("T0011", "S00101"));

    assertThat(entry.sequence()).isEqualTo(2);
    assertThat(shared.entries()).extracting(e -> e.record().actor()).containsExactly("T0012", "T0011");
    assertThat(AuditChain.verify(shared.entries()).isIntact()).isTrue();
  }

  /** A store in which another writer appends just before this writer's first append. */
  private static final class OvertakenOnce implements AuditLogStore {
    private final AuditLogStore store;
    private final AuditLog other;
    private boolean overtaken;

    OvertakenOnce(AuditLogStore store, AuditLog other) {
      this.store = store;
      this.other = other;
    }

    @Override
    public void append(AuditEntry entry) {
      if (!overtaken) {
        overtaken = true;
        other.record(AuditFixtures.read("T0012", "S00102"));
      }
      store.append(entry);
    }

    @Override
    public List<AuditEntry> entries() {
      return store.entries();
    }

    @Override
    public Optional<AuditEntry> last() {
      return store.last();
    }
  }
}
