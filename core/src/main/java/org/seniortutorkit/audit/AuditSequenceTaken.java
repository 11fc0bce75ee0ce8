package org.seniortutorkit.audit;

import org.seniortutorkit.kernel.store.PersistenceException;

/**
 * Thrown by an {@link AuditLog} when an entry is appended at a sequence another writer has already used; nothing
 * is written, and the log never overwrites an entry. {@link AuditTrail} then chains the record again to the new
 * last entry.
 */
public final class AuditSequenceTaken extends PersistenceException {
  private static final long serialVersionUID = 1L;

  private final long sequence;

  public AuditSequenceTaken(long sequence) {
    super("audit log already has an entry at sequence " + sequence + "; entries are never overwritten");
    this.sequence = sequence;
  }

  public long sequence() {
    return sequence;
  }
}
