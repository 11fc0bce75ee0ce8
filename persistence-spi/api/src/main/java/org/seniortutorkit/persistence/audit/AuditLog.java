package org.seniortutorkit.persistence.audit;

import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.StudentId;

/**
 * The append-only audit log. There is deliberately no update or delete: an entry, once appended, stays.
 * Reads return entries in sequence order; streams hold a cursor and must be closed.
 */
public interface AuditLog {
  /**
   * Appends {@code record}.
   *
   * @throws AuditSequenceTaken if an entry with its sequence exists already; nothing is written
   */
  void append(AuditRecord record);

  Optional<AuditRecord> find(long sequence);

  /** The entry with the highest sequence, to chain the next one to. */
  Optional<AuditRecord> last();

  /** Entries from {@code fromSequence} (inclusive) on, in sequence order. */
  Stream<AuditRecord> streamFrom(long fromSequence);

  /** Entries about {@code student}, in sequence order: a subject-access request reads these. */
  Stream<AuditRecord> streamFor(StudentId student);

  long count();
}
