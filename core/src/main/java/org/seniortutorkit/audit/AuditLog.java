package org.seniortutorkit.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Appends records to the chain in a store and verifies it. Safe for concurrent use within one process: each
 * record reads the last entry and appends its successor as one step, so two desks never chain to the same
 * entry. (Across processes sharing a store, the store refuses a second entry with a taken sequence.)
 *
 * <pre>{@code
 * AuditLog log = new AuditLog(new InMemoryAuditLogStore(), Clock.systemUTC());
 * log.record(AuditRecord.builder().actor("T0042").student(id).action(AuditAction.READ)
 *     .subject("student record: PROFILE shown").purpose("PASTORAL_SUPPORT").rule("AR-1").build());
 * log.verify().isIntact();   // true
 * }</pre>
 */
public final class AuditLog {
  private final AuditLogStore store;
  private final Clock clock;

  public AuditLog(AuditLogStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public synchronized AuditEntry record(AuditRecord record) {
    Optional<AuditEntry> last = store.last();
    long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
    String previous = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
    // Hashed to the microsecond, the finest time every store keeps, so that an entry read back still verifies.
    AuditEntry entry = AuditEntry.chained(sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), record, previous);
    store.append(entry);
    return entry;
  }

  public List<AuditEntry> entries() {
    return store.entries();
  }

  public ChainVerification verify() {
    return AuditChain.verify(store.entries());
  }
}
