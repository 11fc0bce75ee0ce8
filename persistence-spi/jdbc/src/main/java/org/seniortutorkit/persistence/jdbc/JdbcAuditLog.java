package org.seniortutorkit.persistence.jdbc;

import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.persistence.audit.AuditRecord;
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
  public void append(AuditRecord record) {
    try {
      Savepoint beforeInsert = sql.savepoint();
      try {
        sql.update("insert into audit_log (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", params -> params
            .number(record.sequence())
            .instant(record.at())
            .string(record.actor())
            .string(record.action())
            .string(record.studentId().map(StudentId::value))
            .string(record.subject())
            .string(record.purpose())
            .string(record.rule())
            .string(record.previousHash())
            .string(record.hash()));
        sql.release(beforeInsert);
      } catch (SQLException e) {
        if (!Sql.isUniqueViolation(e)) {
          throw e;
        }
        sql.rollbackTo(beforeInsert);
        throw new AuditSequenceTaken(record.sequence());
      }
    } catch (SQLException e) {
      throw Sql.failure("append audit entry " + record.sequence(), e);
    }
  }

  @Override
  public Optional<AuditRecord> find(long sequence) {
    try {
      return sql.one(SELECT + " where sequence = ?", params -> params.number(sequence), JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("read audit entry " + sequence, e);
    }
  }

  @Override
  public Optional<AuditRecord> last() {
    try {
      return sql.one(SELECT + " order by sequence desc limit 1", params -> { }, JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("read the last audit entry", e);
    }
  }

  @Override
  public Stream<AuditRecord> streamFrom(long fromSequence) {
    try {
      return sql.stream(SELECT + " where sequence >= ? order by sequence", params -> params.number(fromSequence),
          JdbcAuditLog::read);
    } catch (SQLException e) {
      throw Sql.failure("stream the audit log", e);
    }
  }

  @Override
  public Stream<AuditRecord> streamFor(StudentId student) {
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

  private static AuditRecord read(Columns row) throws SQLException {
    return AuditRecord.builder()
        .sequence(row.number())
        .at(row.instant())
        .actor(row.string())
        .action(row.string())
        .studentId(row.optionalString().map(StudentId::of))
        .subject(row.optionalString())
        .purpose(row.string())
        .rule(row.optionalString())
        .previousHash(row.string())
        .hash(row.string())
        .build();
  }
}
