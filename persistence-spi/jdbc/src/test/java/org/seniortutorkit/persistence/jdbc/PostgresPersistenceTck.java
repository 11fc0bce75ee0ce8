package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.persistence.tck.PersistenceCompatibilityKit;
import org.seniortutorkit.persistence.tck.TckData;

/**
 * The JDBC adapter on PostgreSQL keeps every promise of the SPI. The class gets its own fresh schema, emptied
 * after every test and dropped at the end. Skipped, with the reason, when PostgreSQL is not reachable, unless
 * {@code STK_REQUIRE_POSTGRES=1} makes that a failure.
 */
class PostgresPersistenceTck extends PersistenceCompatibilityKit {
  private static final String SCHEMA = "stk_tck_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  private static final String TABLES =
      "students, staff, tutor_assignments, meetings, cases, audit_log, policy_packs";

  @BeforeAll
  static void postgresIsReachable() {
    Optional<String> reason = PostgresAvailability.unreachableBecause();
    String message = "PostgreSQL not reachable at " + PostgresAvailability.URL + " as " + PostgresAvailability.USER
        + ": " + reason.orElse("");
    if (reason.isPresent() && PostgresAvailability.required()) {
      fail(message + " (STK_REQUIRE_POSTGRES is set, so this is a failure)");
    }
    if (reason.isPresent()) {
      System.out.println("Skipping the PostgreSQL compatibility kit. " + message);
    }
    assumeTrue(reason.isEmpty(), message);
  }

  @AfterAll
  static void dropSchema() {
    if (PostgresAvailability.unreachableBecause().isEmpty()) {
      PostgresAvailability.execute("drop schema if exists " + SCHEMA + " cascade");
    }
  }

  @Test
  void the_database_itself_refuses_to_change_or_delete_audit_entries() {
    store().run(work -> work.audit().append(TckData.auditEntry(1)));

    assertThatThrownBy(() -> PostgresAvailability.execute("update " + SCHEMA + ".audit_log set actor = 'x'"))
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> PostgresAvailability.execute("delete from " + SCHEMA + ".audit_log"))
        .hasMessageContaining("append-only");
    assertThat(store().inTransaction((UnitOfWork work) -> work.audit().find(1))).contains(TckData.auditEntry(1));
  }

  @Override
  protected PersistenceProvider newProvider() {
    return JdbcPersistence.open(JdbcSettings.builder()
        .url(PostgresAvailability.URL)
        .user(PostgresAvailability.USER)
        .password(PostgresAvailability.PASSWORD)
        .schema(SCHEMA)
        .build());
  }

  @Override
  protected void discard(PersistenceProvider provider) {
    provider.close();
    PostgresAvailability.execute("truncate table " + tablesIn(SCHEMA));
  }

  private static String tablesIn(String schema) {
    return String.join(", ", java.util.Arrays.stream(TABLES.split(", ")).map(t -> schema + "." + t).toList());
  }
}
