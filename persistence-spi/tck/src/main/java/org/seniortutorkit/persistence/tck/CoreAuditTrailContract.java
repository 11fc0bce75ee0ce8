package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditChain;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.audit.AuditRecord;
import org.seniortutorkit.audit.AuditSequenceTaken;
import org.seniortutorkit.audit.ChainBreakKind;
import org.seniortutorkit.audit.ChainVerification;

/**
 * Core's own audit trail over this store: entries recorded through core's {@link AuditTrail} into the store's
 * {@link org.seniortutorkit.audit.AuditLog} port, read back exactly, and the hash chain still verifies.
 *
 * <p>The kit cannot edit a stored entry in place (the port has no update, by design, and PostgreSQL refuses one);
 * it shows instead that an entry slipped into the log behind core's back is detected, and that the log refuses
 * to overwrite one.
 */
public abstract class CoreAuditTrailContract extends ContractSupport {
  private AuditTrail log() {
    return new AuditTrail(store(), new NanosecondClock());
  }

  private static AuditRecord record(int n) {
    AuditAction action = AuditAction.values()[n % AuditAction.values().length];
    return AuditRecord.builder().actor("T0004" + n % 3).student(TckData.studentId(n % 4)).action(action)
        .subject("student record: PROFILE shown, DISABILITY_DETAILS withheld (é李) #" + n)
        .purpose("PASTORAL_SUPPORT").rule(action == AuditAction.DENIED ? "AR-0 denied by default" : "AR-7")
        .build();
  }

  private List<AuditEntry> recordEntries(int count) {
    AuditTrail log = log();
    return IntStream.rangeClosed(1, count).mapToObj(n -> log.record(record(n))).toList();
  }

  @Test
  void entries_recorded_through_core_read_back_exactly_and_the_chain_verifies() {
    List<AuditEntry> recorded = recordEntries(7);

    List<AuditEntry> reloaded = log().entries();

    assertThat(reloaded).isEqualTo(recorded);
    assertThat(AuditChain.verify(reloaded).isIntact()).isTrue();
    assertThat(AuditChain.verify(reloaded, recorded.get(6).hash()).isIntact()).isTrue();
  }

  @Test
  void a_log_reopened_over_the_store_chains_on_from_the_last_entry() {
    List<AuditEntry> earlier = recordEntries(3);

    AuditEntry next = log().record(record(4));

    assertThat(next.sequence()).isEqualTo(4);
    assertThat(next.previousHash()).isEqualTo(earlier.get(2).hash());
    assertThat(log().verify().isIntact()).isTrue();
  }

  @Test
  void an_entry_slipped_in_behind_cores_back_is_detected_as_edited() {
    List<AuditEntry> recorded = recordEntries(3);
    AuditEntry forged = AuditEntry.chained(4, Instant.parse("2026-10-01T09:00:00Z"), record(4),
        recorded.get(2).hash()).withRecord(record(4).withPurpose("FORGED"));
    run(work -> work.audit().append(forged));

    ChainVerification verification = log().verify();

    assertThat(verification.breakKind()).contains(ChainBreakKind.EDITED);
    assertThat(verification.position()).isPresent();
  }

  @Test
  void an_entry_cannot_be_overwritten_and_the_chain_stays_intact() {
    List<AuditEntry> recorded = recordEntries(3);
    AuditEntry rewritten = AuditEntry.chained(2, recorded.get(1).at(), record(2).withPurpose("REWRITTEN"),
        recorded.get(0).hash());

    assertThatThrownBy(() -> run(work -> work.audit().append(rewritten)))
        .isInstanceOf(AuditSequenceTaken.class);
    assertThat(log().entries()).isEqualTo(recorded);
    assertThat(log().verify().isIntact()).isTrue();
  }

  @Test
  void two_logs_recording_at_once_over_the_store_leave_one_unbroken_chain_with_every_record() throws Exception {
    int each = 25;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService writers = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> done = IntStream.range(0, 2).mapToObj(w -> writers.submit(() -> {
        AuditTrail log = log();   // one trail per writer, as two processes would each have
        start.await();
        for (int n = 1; n <= each; n++) {
          log.record(record(w * 100 + n));
        }
        return null;
      })).collect(java.util.stream.Collectors.toList());
      start.countDown();
      for (Future<?> writer : done) {
        writer.get();
      }
    } finally {
      writers.shutdownNow();
    }

    List<AuditEntry> entries = log().entries();
    assertThat(entries).hasSize(2 * each);
    assertThat(entries).extracting(e -> e.record().subject()).doesNotHaveDuplicates();
    assertThat(AuditChain.verify(entries).isIntact()).isTrue();
  }

  /** The system clock's time with nanoseconds added, as some platforms' clocks give. */
  private static final class NanosecondClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Clock.systemUTC().instant().plusNanos(789);
    }
  }
}
