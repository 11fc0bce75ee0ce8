package org.seniortutorkit.audit;

import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.StudentId;

/**
 * The append-only audit log: the port where {@link AuditTrail} keeps its chained entries. There is deliberately
 * no update or delete: an entry, once appended, stays. Stores keep each entry field for field (its
 * {@link AuditEntry#at()} to at least the microsecond), so an entry read back still verifies. Reads return
 * entries in sequence order; streams hold a cursor and must be closed.
 */
public interface AuditLog {
  /**
   * Appends {@code entry}.
   *
   * @throws AuditSequenceTaken if an entry with its sequence exists already; nothing is written
   */
  void append(AuditEntry entry);

  Optional<AuditEntry> find(long sequence);

  /** The entry with the highest sequence, to chain the next one to. */
  Optional<AuditEntry> last();

  /** Entries from {@code fromSequence} (inclusive) on, in sequence order. */
  Stream<AuditEntry> streamFrom(long fromSequence);

  /** Entries about {@code student}, in sequence order: a subject-access request reads these. */
  Stream<AuditEntry> streamFor(StudentId student);

  long count();
}
