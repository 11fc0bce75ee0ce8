package org.seniortutorkit.audit;

import org.seniortutorkit.persistence.memory.InMemoryPersistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.seniortutorkit.kernel.StudentId;

final class AuditFixtures {
  private AuditFixtures() {}

  static AuditRecord read(String actor, String student) {
    return AuditRecord.builder().actor(actor).student(StudentId.of(student)).action(AuditAction.READ)
        .subject("student record: PROFILE shown").purpose("PASTORAL_SUPPORT").rule("AR-7 PERSONAL_TUTOR_OWN_TUTEES")
        .build();
  }

  /** A chain of {@code size} entries, one minute apart. */
  static List<AuditEntry> chain(int size) {
    InMemoryPersistence store = InMemoryPersistence.create();
    for (int i = 0; i < size; i++) {
      Clock clock = Clock.fixed(Instant.parse("2026-10-05T09:00:00Z").plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
      new AuditTrail(store, clock).record(read("T00" + (10 + i % 5), "S00" + (100 + i)));
    }
    return new AuditTrail(store, Clock.systemUTC()).entries();
  }
}
