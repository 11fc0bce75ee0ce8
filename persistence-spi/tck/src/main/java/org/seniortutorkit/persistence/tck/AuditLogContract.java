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
import org.seniortutorkit.persistence.audit.AuditRecord;
import org.seniortutorkit.audit.AuditSequenceTaken;

/** The audit log: appended in sequence, read back exactly, and never overwritten. */
public abstract class AuditLogContract extends ContractSupport {
  private void appendUpTo(long last) {
    run(work -> LongStream.rangeClosed(1, last).forEach(n -> work.audit().append(TckData.auditRecord(n))));
  }

  @Test
  void an_appended_entry_reads_back_exactly_to_the_microsecond() {
    appendUpTo(2);

    assertThat(tx((UnitOfWork work) -> work.audit().find(1))).contains(TckData.auditRecord(1));
    assertThat(tx((UnitOfWork work) -> work.audit().find(2)).orElseThrow().at()).isEqualTo(TckData.at(2));
  }

  @Test
  void an_entry_without_a_student_round_trips_with_it_absent() {
    appendUpTo(3);

    assertThat(tx((UnitOfWork work) -> work.audit().find(3)).orElseThrow().studentId()).isEmpty();
  }

  @Test
  void the_subject_and_rule_read_back_as_written() {
    appendUpTo(4);

    AuditRecord read = tx((UnitOfWork work) -> work.audit().find(4)).orElseThrow();

    assertThat(read.subject()).isEqualTo(TckData.auditRecord(4).subject()).isPresent();
    assertThat(read.rule()).isEqualTo(TckData.auditRecord(4).rule()).isPresent();
  }

  @Test
  void an_entry_without_a_subject_or_rule_reads_back_with_them_absent() {
    appendUpTo(5);

    AuditRecord read = tx((UnitOfWork work) -> work.audit().find(5)).orElseThrow();

    assertThat(read.subject()).isEmpty();
    assertThat(read.rule()).isEmpty();
  }

  @Test
  void re_appending_a_sequence_fails_and_keeps_the_original() {
    appendUpTo(2);
    AuditRecord forged = TckData.auditRecord(2).withActor("intruder").withHash("f".repeat(64));

    assertThatThrownBy(() -> run(work -> work.audit().append(forged)))
        .isInstanceOfSatisfying(AuditSequenceTaken.class, taken -> assertThat(taken.sequence()).isEqualTo(2));
    assertThat(tx((UnitOfWork work) -> work.audit().find(2))).contains(TckData.auditRecord(2));
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

    assertThat(tx((UnitOfWork work) -> work.audit().last())).contains(TckData.auditRecord(5));
  }

  @Test
  void streams_read_in_sequence_order_from_a_point_or_for_a_student() {
    run(work -> LongStream.of(4, 2, 6, 1, 5, 3).forEach(n -> work.audit().append(TckData.auditRecord(n))));

    List<Long> fromThree = tx((UnitOfWork work) -> {
      try (Stream<AuditRecord> entries = work.audit().streamFrom(3)) {
        return entries.map(AuditRecord::sequence).toList();
      }
    });
    List<Long> forStudentOne = tx((UnitOfWork work) -> {
      try (Stream<AuditRecord> entries = work.audit().streamFor(TckData.studentId(1))) {
        return entries.map(AuditRecord::sequence).toList();
      }
    });

    assertThat(fromThree).containsExactly(3L, 4L, 5L, 6L);
    assertThat(forStudentOne).containsExactly(1L, 5L);
  }
}
