package org.seniortutorkit.persistence.memory;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditSequenceTaken;
import org.seniortutorkit.kernel.StudentId;

/** The audit log in memory: entries by sequence, appended only. */
final class MemoryAuditLog implements AuditLog {
  private final NavigableMap<Long, AuditEntry> entries = new TreeMap<>();
  private final Runnable guard;
  private final UndoLog undo;

  MemoryAuditLog(Runnable guard, UndoLog undo) {
    this.guard = guard;
    this.undo = undo;
  }

  @Override
  public void append(AuditEntry record) {
    guard.run();
    long sequence = record.sequence();
    if (entries.putIfAbsent(sequence, record) != null) {
      throw new AuditSequenceTaken(sequence);
    }
    undo.record(() -> entries.remove(sequence));
  }

  @Override
  public Optional<AuditEntry> find(long sequence) {
    guard.run();
    return Optional.ofNullable(entries.get(sequence));
  }

  @Override
  public Optional<AuditEntry> last() {
    guard.run();
    return Optional.ofNullable(entries.lastEntry()).map(java.util.Map.Entry::getValue);
  }

  @Override
  public Stream<AuditEntry> streamFrom(long fromSequence) {
    guard.run();
    return entries.tailMap(fromSequence, true).values().stream();
  }

  @Override
  public Stream<AuditEntry> streamFor(StudentId student) {
    guard.run();
    return entries.values().stream().filter(entry -> entry.record().student().equals(student));
  }

  @Override
  public long count() {
    guard.run();
    return entries.size();
  }
}
