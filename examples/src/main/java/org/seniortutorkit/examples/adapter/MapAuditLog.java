package org.seniortutorkit.examples.adapter;

import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.seniortutorkit.persistence.audit.AuditLog;
import org.seniortutorkit.persistence.audit.AuditRecord;
import org.seniortutorkit.persistence.audit.AuditSequenceTaken;
import org.seniortutorkit.kernel.StudentId;

/** The audit log as a sorted map from sequence to entry; appending never overwrites. */
final class MapAuditLog implements AuditLog {
  private final NavigableMap<Long, AuditRecord> entries = new TreeMap<>();
  private final Rollback rollback;

  MapAuditLog(Rollback rollback) {
    this.rollback = rollback;
  }

  @Override
  public void append(AuditRecord record) {
    if (entries.putIfAbsent(record.sequence(), record) != null) {
      throw new AuditSequenceTaken(record.sequence());
    }
    rollback.onUndo(() -> entries.remove(record.sequence()));
  }

  @Override
  public Optional<AuditRecord> find(long sequence) {
    return Optional.ofNullable(entries.get(sequence));
  }

  @Override
  public Optional<AuditRecord> last() {
    return Optional.ofNullable(entries.lastEntry()).map(Map.Entry::getValue);
  }

  @Override
  public Stream<AuditRecord> streamFrom(long fromSequence) {
    return entries.tailMap(fromSequence, true).values().stream();
  }

  @Override
  public Stream<AuditRecord> streamFor(StudentId student) {
    return entries.values().stream().filter(entry -> entry.studentId().filter(student::equals).isPresent());
  }

  @Override
  public long count() {
    return entries.size();
  }
}
