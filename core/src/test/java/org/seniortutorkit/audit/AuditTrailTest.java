package org.seniortutorkit.audit;

import org.seniortutorkit.persistence.memory.InMemoryPersistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Recording into the chain. */
class AuditTrailTest {
  @Test
  void an_entry_is_timed_and_hashed_to_the_microsecond_that_every_store_keeps() {
    Clock nanoseconds = Clock.fixed(Instant.parse("2026-10-05T09:00:00.123456789Z"), ZoneOffset.UTC);
    AuditTrail log = new AuditTrail(InMemoryPersistence.create(), nanoseconds);

    AuditEntry entry = log.record(AuditFixtures.read("T0010", "S0100"));

    assertThat(entry.at()).isEqualTo(Instant.parse("2026-10-05T09:00:00.123456Z"));
    assertThat(entry.hash()).isEqualTo(entry.expectedHash());
  }
}
