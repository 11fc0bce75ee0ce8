package org.seniortutorkit.audit;

import java.util.List;
import java.util.Optional;

/**
 * Where audit entries are kept: append-only (there is no update or delete). Implemented by a persistence
 * module (e.g. an insert-only table); {@link InMemoryAuditLogStore} serves tests and embedding.
 */
public interface AuditLogStore {
  /**
   * Appends {@code entry}, which must follow the last one.
   *
   * @throws AuditSequenceTakenException when another writer has used the entry's sequence; nothing is written
   */
  void append(AuditEntry entry);

  /** Every entry, in the order appended. */
  List<AuditEntry> entries();

  Optional<AuditEntry> last();
}
