package org.seniortutorkit.examples.adapter;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditSequenceTaken;
import org.seniortutorkit.kernel.StudentId;

/** The audit log as a sorted map from sequence to entry; appending never overwrites. */
final class MapAuditLog implements AuditLog {
  private final NavigableMap<Long, AuditEntry> entries = new TreeMap<>();
  private final Rollback rollback;

  MapAuditLog(Rollback rollback) {
    this.rollback = rollback;
  }

  @Override
  public void append(AuditEntry entry) {
    if (entries.putIfAbsent(entry.sequence(), entry) != null) {
      throw new AuditSequenceTaken(entry.sequence());
    }
    rollback.onUndo(() -> entries.remove(entry.sequence()));
  }

  @Override
  public Optional<AuditEntry> find(long sequence) {
    return Optional.ofNullable(entries.get(sequence));
  }

  @Override
  public Optional<AuditEntry> last() {
    return Optional.ofNullable(entries.lastEntry()).map(Map.Entry::getValue);
  }

  @Override
  public Stream<AuditEntry> streamFrom(long fromSequence) {
    return entries.tailMap(fromSequence, true).values().stream();
  }

  @Override
  public Stream<AuditEntry> streamFor(StudentId student) {
    return entries.values().stream().filter(entry -> entry.record().student().equals(student));
  }

  @Override
  public long count() {
    return entries.size();
  }
}
