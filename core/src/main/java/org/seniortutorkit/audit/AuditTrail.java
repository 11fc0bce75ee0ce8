package org.seniortutorkit.audit;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.store.Transactions;

/**
 * Records to the audit log, chaining each record to the entry before it, and verifies the chain. The log itself
 * is the {@link AuditLog} port of whatever store the trail is given.
 *
 * <p>A record is appended either in a transaction of its own ({@link #record}) or inside the caller's
 * transaction ({@link #append}), so that a change and its audit entry are committed together or not at all.
 * Two writers that chain to the same last entry collide on its sequence: the store refuses the second with
 * {@link AuditSequenceTaken} and writes nothing, so the chain never forks; the loser's whole transaction is run
 * again ({@link #placing}) and chains to the new last entry.
 *
 * <pre>{@code
 * AuditTrail trail = new AuditTrail(InMemoryPersistence.create(), Clock.systemUTC());
 * trail.record(AuditRecord.builder().actor("T0042").student(id).action(AuditAction.READ)
 *     .subject("student record: PROFILE shown").purpose("PASTORAL_SUPPORT").rule("AR-1").build());
 * trail.verify().isIntact();   // true
 * }</pre>
 */
public final class AuditTrail {
  /**
   * Each lost attempt means another writer's record went in, so a record fails only if it loses this many races
   * in a row: about one in four billion for two evenly matched writers.
   */
  private static final int ATTEMPTS = 32;

  private final Transactions<? extends AuditWork> store;
  private final Clock clock;

  public AuditTrail(Transactions<? extends AuditWork> store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /**
   * Chains {@code record} to the last entry and appends it, in a transaction of its own. Records made through
   * one trail are made one at a time, so they never race each other; a record that loses its place to another
   * process is chained again, a few times at most, so a busy log neither forks nor loses the record.
   *
   * @throws AuditSequenceTaken when the place was taken on every attempt
   */
  public synchronized AuditEntry record(AuditRecord record) {
    return placing(() -> store.inTransaction(work -> append(work.audit(), record)));
  }

  /**
   * Chains {@code record} to the last entry of {@code log} and appends it, inside the caller's transaction: the
   * entry is committed with whatever else the transaction writes, or not at all. Run the transaction through
   * {@link #placing} so that a lost place is retried.
   *
   * @throws AuditSequenceTaken when another writer has just used the place; the caller's transaction must then
   *     be rolled back and run again
   */
  public AuditEntry append(AuditLog log, AuditRecord record) {
    Optional<AuditEntry> last = log.last();
    long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
    String previous = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
    // Hashed to the microsecond, the finest time every store keeps, so that an entry read back still verifies.
    AuditEntry entry = AuditEntry.chained(sequence, clock.instant().truncatedTo(ChronoUnit.MICROS), record,
        previous);
    log.append(entry);
    return entry;
  }

  /**
   * Runs {@code transaction} (which appends through {@link #append}) until its entry finds a place: when another
   * writer took the place first, the transaction was rolled back whole, so it is simply run again.
   *
   * @throws AuditSequenceTaken when the place was taken on every attempt
   */
  public <R> R placing(Supplier<R> transaction) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.get();
      } catch (AuditSequenceTaken taken) {
        if (attempt == ATTEMPTS) {
          throw taken;
        }
      }
    }
  }

  /** Every entry, in sequence order. */
  public List<AuditEntry> entries() {
    return store.inTransaction(work -> {
      try (Stream<AuditEntry> entries = work.audit().streamFrom(1)) {
        return entries.collect(ImmutableList.toImmutableList());
      }
    });
  }

  public ChainVerification verify() {
    return AuditChain.verify(entries());
  }
}
