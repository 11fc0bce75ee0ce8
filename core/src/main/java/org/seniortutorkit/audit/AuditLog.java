package org.seniortutorkit.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Appends records to the chain in a store and verifies it. Safe for concurrent use within one process: each
 * record reads the last entry and appends its successor as one step, so two desks never chain to the same
 * entry. Across processes sharing a store, the store refuses a second entry at a taken sequence and the
 * record is chained again to the new last entry.
 *
 * <pre>{@code
 * AuditLog log = new AuditLog(new InMemoryAuditLogStore(), Clock.systemUTC());
 * log.record(AuditRecord.builder().actor("T0042").student(id).action(AuditAction.READ)
 *     .subject("student record: PROFILE shown").purpose("PASTORAL_SUPPORT").rule("AR-1").build());
 * log.verify().isIntact();   // true
 * }</pre>
 */
public final class AuditLog {
  /**
   * Each lost attempt means another writer's record went in, so a record fails only if it loses this many races
   * in a row: about one in four billion for two evenly matched writers.
   */
  private static final int ATTEMPTS = 32;

  private final AuditLogStore store;
  private final Clock clock;

  public AuditLog(AuditLogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Chains {@code record} to the last entry and appends it. Another process writing to the same store may take
   * that place first; the record is then chained to the new last entry and appended again, a few times at most,
   * so a busy log neither forks nor loses the record.
   *
   * @throws AuditSequenceTakenException when the place was taken on every attempt
   */
  public synchronized AuditEntry record(AuditRecord record) {
    for (int attempt = 1; ; attempt++) {
      Optional<AuditEntry> last = store.last();
      long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
      String previous = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
      // Hashed to the microsecond, the finest time every store keeps, so that an entry read back still verifies.
      AuditEntry entry = AuditEntry.chained(sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), record,
          previous);
      try {
        store.append(entry);
        return entry;
      } catch (AuditSequenceTakenException taken) {
        if (attempt == ATTEMPTS) {
          throw taken;
        }
      }
    }
  }

  public List<AuditEntry> entries() {
    return store.entries();
  }

  public ChainVerification verify() {
    return AuditChain.verify(store.entries());
  }
}
