package org.seniortutorkit.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.persistence.PersistenceException;
import org.seniortutorkit.kernel.StudentId;

class StoredAuditEntryTest {
  private static AuditEntry entry(Instant at) {
    org.seniortutorkit.audit.AuditRecord record = org.seniortutorkit.audit.AuditRecord.builder().actor("T0042")
        .student(StudentId.of("S1234567")).action(AuditAction.DENIED).subject("student record: DISABILITY_DETAILS")
        .purpose("REFERENCE_WRITING").rule("AR-1").build();
    return AuditEntry.chained(3, at, record, "a".repeat(64));
  }

  @Test
  void every_hashed_field_is_stored_and_the_entry_comes_back_exactly() {
    AuditEntry entry = entry(Instant.parse("2026-10-05T09:00:00.123456Z"));

    AuditRecord stored = StoredAuditEntry.of(entry);

    assertThat(stored.subject()).contains("student record: DISABILITY_DETAILS");
    assertThat(stored.rule()).contains("AR-1");
    assertThat(stored.action()).isEqualTo("DENIED");
    assertThat(StoredAuditEntry.toEntry(stored)).isEqualTo(entry);
    assertThat(StoredAuditEntry.toEntry(stored).expectedHash()).isEqualTo(entry.hash());
  }

  @Test
  void an_entry_timed_finer_than_a_microsecond_is_refused_before_it_is_stored() {
    AuditEntry entry = entry(Instant.parse("2026-10-05T09:00:00.123456789Z"));

    assertThatThrownBy(() -> StoredAuditEntry.of(entry))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Audit entry 3 is timed to the nanosecond");
  }

  @Test
  void a_record_stored_without_a_subject_cannot_pass_for_a_core_entry() {
    AuditRecord old = StoredAuditEntry.of(entry(Instant.parse("2026-10-05T09:00:00Z"))).withSubject(Optional.empty());

    assertThatThrownBy(() -> StoredAuditEntry.toEntry(old))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Audit entry 3 cannot be read as a core audit entry: it has no subject");
  }

  @Test
  void a_record_with_an_action_core_does_not_know_cannot_pass_for_a_core_entry() {
    AuditRecord foreign = StoredAuditEntry.of(entry(Instant.parse("2026-10-05T09:00:00Z")))
        .withAction("RECORD_MEETING");

    assertThatThrownBy(() -> StoredAuditEntry.toEntry(foreign))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Audit entry 3 cannot be read as a core audit entry: its action is not one of"
            + " [READ, CHANGE, DENIED]");
  }
}
