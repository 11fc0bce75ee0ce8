package org.seniortutorkit.audit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An {@link AuditLogStore} in a list, for tests and embedding. Thread-safe. */
public final class InMemoryAuditLogStore implements AuditLogStore {
  private final List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    if (entry.sequence() != entries.size() + 1) {
      throw new AuditSequenceTakenException(entry.sequence());
    }
    entries.add(entry);
  }

  @Override
  public synchronized List<AuditEntry> entries() {
    return ImmutableList.copyOf(entries);
  }

  @Override
  public synchronized Optional<AuditEntry> last() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
  }
}
