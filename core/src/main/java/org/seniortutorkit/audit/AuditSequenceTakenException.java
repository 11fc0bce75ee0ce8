package org.seniortutorkit.audit;

/**
 * Thrown by an {@link AuditLogStore} when an entry is appended at a sequence another writer has already used;
 * nothing is written. {@link AuditLog} then chains the record to the new last entry and tries again.
 */
public final class AuditSequenceTakenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long sequence;

  public AuditSequenceTakenException(long sequence) {
    super("the audit log already has an entry at sequence " + sequence + "; entries are never overwritten");
    this.sequence = sequence;
  }

  public long sequence() {
    return sequence;
  }
}
