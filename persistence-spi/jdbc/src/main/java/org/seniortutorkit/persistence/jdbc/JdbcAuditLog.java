package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditRecord;
import org.seniortutorkit.kernel.store.PersistenceException;
import org.seniortutorkit.audit.AuditSequenceTaken;
import org.seniortutorkit.kernel.StudentId;

/** {@code audit_log}: insert and select only; on PostgreSQL a trigger refuses updates and deletes as well. */
final class JdbcAuditLog implements AuditLog {
  private static final String COLUMNS = "sequence, at, actor, action, student_id, subject, purpose, rule, previous_hash, hash";
  private static final String SELECT = "select " + COLUMNS + " from audit_log";

  private final Sql sql;

  JdbcAuditLog(Sql sql) {
    this.sql = sql;
  }

  @Override
  public void append(AuditEntry entry) {
    if (entry.at().getNano() % 1_000 != 0) {
      // The column keeps microseconds: the entry would read back at another time and no longer match its hash.
      throw new IllegalArgumentException("Audit entry " + entry.sequence() + " is timed to the nanosecond ("
          + entry.at() + "); the audit log keeps microseconds, so it would no longer match its hash");
    }
    AuditRecord record = entry.record();
    try {
      Savepoint beforeInsert = sql.savepoint();
      try {
        sql.update("insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params -> params
            .number(entry.sequence())
            .instant(entry.at())
            .string(record.actor())
            .string(record.action().name())
            .string(record.student().value())
            .string(record.subject())
            .string(record.purpose())
            .string(record.rule())
            .string(entry.previousHash())
            .string(entry.hash()));
        sql.release(beforeInsert);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw e;
        }
        sql.rollbackTo(beforeInsert);
        throw new AuditSequenceTaken(entry.sequence());
      }
    } catch (SQLException e) {
      throw Sql.failure("append audit entry " + entry.sequence(), e);
    }
  }

  @Override
  public Optional<AuditEntry> find(long sequence) {
    try {
      return sql.one(SELECT + " where sequence = ?", params -> params.number(sequence), JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("read audit entry " + sequence, e);
    }
  }

  @Override
  public Optional<AuditEntry> last() {
    try {
      return sql.one(SELECT + " order by sequence desc limit 1", params -> { }, JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("read the last audit entry", e);
    }
  }

  @Override
  public Stream<AuditEntry> streamFrom(long fromSequence) {
    try {
      return sql.stream(SELECT + " where sequence >= ? order by sequence", params -> params.number(fromSequence),
          JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("stream the audit log", e);
    }
  }

  @Override
  public Stream<AuditEntry> streamFor(StudentId student) {
    try {
      return sql.stream(SELECT + " where student_id = ? order by sequence", params -> params.string(student.value()),
          JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("stream the audit log", e);
    }
  }

  @Override
  public long count() {
    try {
      return sql.one("select count(*) from audit_log", params -> { }, Columns::number).orElse(0L);
    } catch (SQLException e) {
      throw Sql.failure("count the audit log", e);
    }
  }

  /**
   * The entry in {@code row}, exactly as it was appended (its hash is kept, not recomputed, so an edited row
   * still shows as edited).
   *
   * @throws PersistenceException if the row lacks a field core's entries have (a subject, a rule or a student,
   *     as rows stored before the log carried subject and rule do), or names an action core does not know
   */
  private static AuditEntry read(Columns row) throws SQLException {
    long sequence = row.number();
    AuditEntry.Builder entry = AuditEntry.builder().sequence(sequence).at(row.instant());
    AuditRecord.Builder record = AuditRecord.builder().actor(row.string());
    String action = row.string();
    record.action(Arrays.stream(AuditAction.values()).filter(known -> known.name().equals(action)).findFirst()
        .orElseThrow(() -> unreadable(sequence, "its action is not one of " + Arrays.toString(AuditAction.values()))));
    record.student(StudentId.of(require(sequence, "student", row.optionalString())));
    record.subject(require(sequence, "subject", row.optionalString()));
    record.purpose(row.string());
    record.rule(require(sequence, "rule", row.optionalString()));
    return entry.record(record.build()).previousHash(row.string()).hash(row.string()).build();
  }

  private static String require(long sequence, String field, Optional<String> value) {
    return value.orElseThrow(() -> unreadable(sequence, "it has no " + field));
  }

  private static PersistenceException unreadable(long sequence, String why) {
    return new PersistenceException("Audit entry " + sequence + " cannot be read as an audit entry: " + why);
  }
}
