package org.seniortutorkit.persistence.audit;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditLogStore;
import org.seniortutorkit.audit.AuditSequenceTakenException;
import org.seniortutorkit.persistence.Transactor;

/**
 * Core's {@link AuditLogStore} kept in any persistence adapter's append-only {@link AuditLog}, each call in its
 * own transaction. Entries are stored field for field ({@link StoredAuditEntry}), so the chain read back
 * verifies with {@link org.seniortutorkit.audit.AuditChain#verify}.
 *
 * <pre>{@code
 * org.seniortutorkit.audit.AuditLog log =
 *     new org.seniortutorkit.audit.AuditLog(new PersistentAuditLogStore(provider), Clock.systemUTC());
 * }</pre>
 *
 * <p>Two writers that both chain to the same last entry collide on its sequence: the second append fails with
 * {@link AuditSequenceTakenException} and writes nothing, so the chain never forks, and core's log chains the
 * record again to the new last entry.
 */
public final class PersistentAuditLogStore implements AuditLogStore {
  private final Transactor store;

  public PersistentAuditLogStore(Transactor store) {
    this.store = store;
  }

  /**
   * Appends {@code entry}.
   *
   * @throws AuditSequenceTakenException if its sequence is used already (the adapter's {@link AuditSequenceTaken}
   *     in core's terms, so core's {@link org.seniortutorkit.audit.AuditLog} can chain again); nothing is written
   * @throws IllegalArgumentException if it is timed finer than a microsecond (see {@link StoredAuditEntry#of})
   */
  @Override
  public void append(AuditEntry entry) {
    AuditRecord record = StoredAuditEntry.of(entry);
    try {
      store.run(work -> work.audit().append(record));
    } catch (AuditSequenceTaken taken) {
      throw new AuditSequenceTakenException(taken.sequence());
    }
  }

  /** Every entry, in sequence order. */
  @Override
  public List<AuditEntry> entries() {
    return store.inTransaction(work -> {
      try (Stream<AuditRecord> records = work.audit().streamFrom(1)) {
        return records.map(StoredAuditEntry::toEntry).collect(ImmutableList.toImmutableList());
      }
    });
  }

  @Override
  public Optional<AuditEntry> last() {
    return store.inTransaction(work -> work.audit().last()).map(StoredAuditEntry::toEntry);
  }
}
