package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.kernel.store.PersistenceException;

/**
 * A database written before the audit log kept subject and rule is migrated without touching its entries. Such
 * an entry lacks fields core's chained entries hash, so the log refuses to read it as one, naming what is
 * missing, rather than make up the fields (and a hash that would no longer match).
 */
class AuditLogMigrationTest {
  @Test
  void entries_from_before_the_migration_are_kept_and_reported_as_lacking_a_subject(@TempDir Path folder)
      throws SQLException {
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
      long kept = store.inTransaction(work -> work.audit().count());

      assertThat(kept).isEqualTo(1);
      assertThatThrownBy(() -> store.inTransaction(work -> work.audit().find(1)))
          .isInstanceOf(PersistenceException.class)
          .hasMessage("Audit entry 1 cannot be read as an audit entry: it has no subject");
    }
    try (Connection connection = DriverManager.getConnection(url, "sa", null);
        Statement statement = connection.createStatement();
        java.sql.ResultSet row = statement.executeQuery("select actor, hash, subject, rule from audit_log")) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString("actor")).isEqualTo("T00042");
      assertThat(row.getString("hash")).isEqualTo("a".repeat(64));
      assertThat(row.getString("subject")).isNull();
      assertThat(row.getString("rule")).isNull();
    }
  }
}
