package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.audit.AuditRecord;
import org.seniortutorkit.audit.ChainBreakKind;
import org.seniortutorkit.audit.ChainVerification;
import org.seniortutorkit.kernel.StudentId;

/**
 * On H2 nothing in the database stops someone with table access from editing an audit row (PostgreSQL's trigger
 * does; see {@link PostgresPersistenceTck}); the hash chain read back through the audit port shows the edit.
 */
class TamperedAuditRowTest {
  private static AuditRecord read(String student) {
    return AuditRecord.builder().actor("T0042").student(StudentId.of(student)).action(AuditAction.READ)
        .subject("student record: PROFILE shown").purpose("PASTORAL_SUPPORT").rule("AR-7").build();
  }

  @Test
  void a_row_edited_in_the_database_is_reported_as_edited_at_its_entry() throws SQLException {
    try (JdbcPersistence store = JdbcPersistence.inMemoryH2("tampered-audit")) {
      AuditTrail log = new AuditTrail(store, Clock.systemUTC());
      log.record(read("S0000001"));
      log.record(read("S0000002"));
      log.record(read("S0000003"));
      try (Connection raw = DriverManager.getConnection("jdbc:h2:mem:tampered-audit", "sa", null);
          Statement statement = raw.createStatement()) {
        statement.executeUpdate("update audit_log set purpose = 'DISABILITY_SUPPORT' where sequence = 2");
      }

      ChainVerification verification = log.verify();

      assertThat(verification.breakKind()).contains(ChainBreakKind.EDITED);
      assertThat(verification.position()).contains(1);
    }
  }
}
