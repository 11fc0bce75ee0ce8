package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditSequenceTaken;

/** The audit log: appended in sequence, read back exactly, and never overwritten. */
public abstract class AuditLogContract extends ContractSupport {
  private void appendUpTo(long last) {
    run(work -> LongStream.rangeClosed(1, last).forEach(n -> work.audit().append(TckData.auditEntry(n))));
  }

  @Test
  void an_appended_entry_reads_back_exactly_to_the_microsecond() {
    appendUpTo(2);

    assertThat(tx((UnitOfWork work) -> work.audit().find(1))).contains(TckData.auditEntry(1));
    assertThat(tx((UnitOfWork work) -> work.audit().find(2)).orElseThrow().at()).isEqualTo(TckData.at(2));
  }

  @Test
  void every_field_the_chain_hashes_reads_back_so_a_chained_entry_still_matches_its_hash() {
    AuditEntry chained = AuditEntry.chained(1, TckData.at(1), TckData.auditEntry(1).record(), AuditEntry.GENESIS);
    run(work -> work.audit().append(chained));

    AuditEntry read = tx((UnitOfWork work) -> work.audit().find(1)).orElseThrow();

    assertThat(read).isEqualTo(chained);
    assertThat(read.hash()).isEqualTo(read.expectedHash());
  }

  @Test
  void an_entry_timed_finer_than_the_microsecond_is_kept_exactly_or_refused() {
    AuditEntry nanos = TckData.auditEntry(1).withAt(TckData.at(1).plusNanos(789));

    try {
      run(work -> work.audit().append(nanos));
    } catch (IllegalArgumentException refused) {
      assertThat(tx((UnitOfWork work) -> work.audit().count())).isZero();
      return;
    }
    assertThat(tx((UnitOfWork work) -> work.audit().find(1))).contains(nanos);
  }

  @Test
  void re_appending_a_sequence_fails_and_keeps_the_original() {
    appendUpTo(2);
    AuditEntry forged = TckData.auditEntry(2).withRecord(TckData.auditEntry(2).record().withActor("intruder"))
        .withHash("f".repeat(64));

    assertThatThrownBy(() -> run(work -> work.audit().append(forged)))
        .isInstanceOfSatisfying(AuditSequenceTaken.class, taken -> assertThat(taken.sequence()).isEqualTo(2));
    assertThat(tx((UnitOfWork work) -> work.audit().find(2))).contains(TckData.auditEntry(2));
    assertThat(tx((UnitOfWork work) -> work.audit().count())).isEqualTo(2);
  }

  @Test
  void the_log_offers_no_way_to_update_or_delete() {
    List<String> names = Arrays.stream(AuditLog.class.getMethods()).map(Method::getName).toList();

    assertThat(names).noneMatch(name -> name.matches("(?i).*(update|delete|remove|replace|save|clear|truncate).*"));
  }

  @Test
  void last_is_the_highest_sequence_and_an_empty_log_has_none() {
    assertThat(tx((UnitOfWork work) -> work.audit().last())).isEmpty();

    appendUpTo(5);

    assertThat(tx((UnitOfWork work) -> work.audit().last())).contains(TckData.auditEntry(5));
  }

  @Test
  void streams_read_in_sequence_order_from_a_point_or_for_a_student() {
    run(work -> LongStream.of(4, 2, 6, 1, 5, 3).forEach(n -> work.audit().append(TckData.auditEntry(n))));

    List<Long> fromThree = tx((UnitOfWork work) -> {
      try (Stream<AuditEntry> entries = work.audit().streamFrom(3)) {
        return entries.map(AuditEntry::sequence).toList();
      }
    });
    List<Long> forStudentOne = tx((UnitOfWork work) -> {
      try (Stream<AuditEntry> entries = work.audit().streamFor(TckData.studentId(1))) {
        return entries.map(AuditEntry::sequence).toList();
      }
    });

    assertThat(fromThree).containsExactly(3L, 4L, 5L, 6L);
    assertThat(forStudentOne).containsExactly(1L, 5L);
  }
}
