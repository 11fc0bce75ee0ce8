package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.persistence.audit.AuditRecord;

/** A database written before the audit log kept subject and rule is migrated without touching its entries. */
class AuditLogMigrationTest {
  @Test
  void entries_from_before_the_migration_read_back_with_no_subject_or_rule(@TempDir Path folder) throws SQLException {
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("senior-tutor-kit");
    Flyway.configure().dataSource(url, "sa", null).locations("classpath:db/migration/common").target("1").load()
        .migrate();
    try (Connection connection = DriverManager.getConnection(url, "sa", null);
        Statement statement = connection.createStatement()) {
      statement.execute("insert into audit_log (sequence, at, actor, action, student_id, purpose, previous_hash, hash)"
          + " values (1, timestamp with time zone '2026-10-01 09:15:30.123456+00', 'T00042', 'READ', 'S0000001',"
          + " 'pastoral support', '" + "0".repeat(64) + "', '" + "a".repeat(64) + "')");
    }

    try (JdbcPersistence store = JdbcPersistence.embeddedH2(folder)) {
      AuditRecord old = store.inTransaction(work -> work.audit().find(1)).orElseThrow();

      assertThat(old.actor()).isEqualTo("T00042");
      assertThat(old.hash()).isEqualTo("a".repeat(64));
      assertThat(old.subject()).isEmpty();
      assertThat(old.rule()).isEmpty();
    }
  }
}
