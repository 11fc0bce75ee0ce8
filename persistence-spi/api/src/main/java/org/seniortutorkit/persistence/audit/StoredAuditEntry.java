package org.seniortutorkit.persistence.audit;

import java.util.Optional;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.persistence.PersistenceException;

/**
 * Converts core's hash-chained {@link AuditEntry} to the stored {@link AuditRecord} and back, field for field, so
 * that an entry read back has the hash its content calls for.
 */
public final class StoredAuditEntry {
  private StoredAuditEntry() {}

  /**
   * The record to store for {@code entry}.
   *
   * @throws IllegalArgumentException if the entry is timed finer than a microsecond: stores keep microseconds,
   *     so it would read back with another time and no longer match its hash
   */
  public static AuditRecord of(AuditEntry entry) {
    if (entry.at().getNano() % 1_000 != 0) {
      throw new IllegalArgumentException("Audit entry " + entry.sequence() + " is timed to the nanosecond ("
          + entry.at() + "); stores keep microseconds, so it would no longer match its hash");
    }
    org.seniortutorkit.audit.AuditRecord record = entry.record();
    return AuditRecord.builder()
        .sequence(entry.sequence())
        .at(entry.at())
        .actor(record.actor())
        .action(record.action().name())
        .studentId(record.student())
        .subject(record.subject())
        .purpose(record.purpose())
        .rule(record.rule())
        .previousHash(entry.previousHash())
        .hash(entry.hash())
        .build();
  }

  /**
   * The core entry {@code stored} holds, exactly as it was appended (its hash is kept, not recomputed, so an
   * edited record still shows as edited).
   *
   * @throws PersistenceException if the record lacks a field core's entries have: a subject, a rule or a student
   *     (as entries stored before the SPI carried subject and rule do), or names an action core does not know
   */
  public static AuditEntry toEntry(AuditRecord stored) {
    return AuditEntry.builder()
        .sequence(stored.sequence())
        .at(stored.at())
        .record(org.seniortutorkit.audit.AuditRecord.builder()
            .actor(stored.actor())
            .student(require(stored, "studentId", stored.studentId()))
            .action(action(stored))
            .subject(require(stored, "subject", stored.subject()))
            .purpose(stored.purpose())
            .rule(require(stored, "rule", stored.rule()))
            .build())
        .previousHash(stored.previousHash())
        .hash(stored.hash())
        .build();
  }

  private static AuditAction action(AuditRecord stored) {
    try {
      return AuditAction.valueOf(stored.action());
    } catch (IllegalArgumentException unknown) {
      throw unreadable(stored, "its action is not one of " + java.util.Arrays.toString(AuditAction.values()));
    }
  }

  private static <T> T require(AuditRecord stored, String field, Optional<T> value) {
    return value.orElseThrow(() -> unreadable(stored, "it has no " + field));
  }

  private static PersistenceException unreadable(AuditRecord stored, String why) {
    return new PersistenceException("Audit entry " + stored.sequence() + " cannot be read as a core audit entry: "
        + why);
  }
}
