package org.seniortutorkit.persistence.audit;

import org.seniortutorkit.persistence.PersistenceException;

/** Thrown when an audit entry is appended at a sequence already used: the log never overwrites an entry. */
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
