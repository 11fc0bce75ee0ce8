package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseAudit;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.CaseRepository;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseWork;
import org.seniortutorkit.casework.testing.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.store.PersistenceException;
import org.seniortutorkit.kernel.store.Transactions;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.persistence.UnitOfWork;

/**
 * A case change and its audit entry are committed in one transaction: a writer that fails between the case
 * write and the audit append leaves neither, and one whose audit entry loses its place to another writer is run
 * again whole, leaving the case once and its entry once.
 */
public abstract class AtomicAuditContract extends ContractSupport {
  static final LocalDate OPENED = LocalDate.of(2027, 3, 1);
  static final Actor PERSONAL_TUTOR = Actor.of("T00042", CaseRole.PERSONAL_TUTOR);

  private CaseDesk desk(Transactions<? extends CaseWork> cases) {
    return new CaseDesk(cases, new AuditTrail(store(), Clock.systemUTC()),
        new CaseNotifications(new CollectingNotificationPublisher(), (department, level) -> Set.of()),
        ServiceDirectory.standard());
  }

  private static UnaryOperator<StudentCase.Builder> concern() {
    return b -> b.concernSource(ConcernSource.TUTOR).personalTutor(TckData.tutorId(42));
  }

  private long cases() {
    return tx((UnitOfWork work) -> work.cases().count(CaseQuery.all()));
  }

  private long auditEntries() {
    return tx((UnitOfWork work) -> work.audit().count());
  }

  @Test
  void a_case_opened_while_the_audit_log_fails_is_not_stored() {
    CaseDesk desk = desk(new Intercepted(store(), FailingLog::new));

    assertThatThrownBy(() -> desk.open(CaseKind.CONCERN, TckData.student(2), PERSONAL_TUTOR, OPENED, concern()))
        .isInstanceOf(PersistenceException.class).hasMessage("the audit log is unavailable");
    assertThat(cases()).isZero();
    assertThat(auditEntries()).isZero();
  }

  @Test
  void a_transition_whose_audit_record_fails_after_the_case_is_saved_leaves_the_case_as_it_was() {
    CaseDesk desk = desk(store());
    StudentCase opened = desk.open(CaseKind.CONCERN, TckData.student(2), PERSONAL_TUTOR, OPENED, concern());
    CaseAudit failsAfterTheSave = (before, after) -> {
      throw new IllegalStateException("the work failed between the case write and the audit append");
    };

    assertThatThrownBy(() -> desk.act(opened.id(), CaseCommand.ESCALATE, PERSONAL_TUTOR, OPENED, failsAfterTheSave))
        .isInstanceOf(IllegalStateException.class);
    Optional<Versioned<StudentCase>> kept = tx((UnitOfWork work) -> work.cases().find(opened.id()));
    assertThat(kept).map(Versioned::value).contains(opened);
    assertThat(auditEntries()).isEqualTo(1);
  }

  @Test
  void a_change_whose_audit_entry_lost_its_place_is_run_again_whole_and_stored_once() {
    new AuditTrail(store(), Clock.systemUTC()).record(TckData.auditEntry(1).record());
    // The first read of the last entry misses the one just recorded, as if another writer had appended it
    // between the read and the append: the append lands on a taken sequence, after the case was written.
    AtomicBoolean stale = new AtomicBoolean(true);
    CaseDesk desk = desk(new Intercepted(store(), log -> new StaleOnce(log, stale)));

    StudentCase opened = desk.open(CaseKind.CONCERN, TckData.student(2), PERSONAL_TUTOR, OPENED, concern());

    assertThat(cases()).isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.cases().find(opened.id()))).map(Versioned::value).contains(opened);
    AuditTrail trail = new AuditTrail(store(), Clock.systemUTC());
    assertThat(trail.entries()).extracting(AuditEntry::sequence).containsExactly(1L, 2L);
    assertThat(trail.verify().isIntact()).isTrue();
  }

  /** The store's cases, with its audit log replaced by {@code log} of the real one, per transaction. */
  private static final class Intercepted implements Transactions<CaseWork> {
    private final Transactions<UnitOfWork> store;
    private final Function<AuditLog, AuditLog> log;

    Intercepted(Transactions<UnitOfWork> store, Function<AuditLog, AuditLog> log) {
      this.store = store;
      this.log = log;
    }

    @Override
    public <R> R inTransaction(Function<? super CaseWork, R> work) {
      return store.inTransaction(unit -> {
        AuditLog audit = log.apply(unit.audit());
        CaseRepository cases = unit.cases();
        CaseWork view = new CaseWork() {
          @Override
          public CaseRepository cases() {
            return cases;
          }

          @Override
          public AuditLog audit() {
            return audit;
          }
        };
        return work.apply(view);
      });
    }
  }

  /** A log that passes reads on and refuses every append, as a store whose audit table is unavailable. */
  private static class FailingLog implements AuditLog {
    final AuditLog log;

    FailingLog(AuditLog log) {
      this.log = log;
    }

    @Override
    public void append(AuditEntry entry) {
      throw new PersistenceException("the audit log is unavailable");
    }

    @Override
    public Optional<AuditEntry> find(long sequence) {
      return log.find(sequence);
    }

    @Override
    public Optional<AuditEntry> last() {
      return log.last();
    }

    @Override
    public Stream<AuditEntry> streamFrom(long fromSequence) {
      return log.streamFrom(fromSequence);
    }

    @Override
    public Stream<AuditEntry> streamFor(StudentId student) {
      return log.streamFor(student);
    }

    @Override
    public long count() {
      return log.count();
    }
  }

  /**
   * A log whose first read of the last entry (while {@code stale} holds) sees nothing, so the entry chained to it
   * lands on a taken sequence.
   */
  private static final class StaleOnce extends FailingLog {
    private final AtomicBoolean stale;

    StaleOnce(AuditLog log, AtomicBoolean stale) {
      super(log);
      this.stale = stale;
    }

    @Override
    public Optional<AuditEntry> last() {
      return stale.getAndSet(false) ? Optional.empty() : log.last();
    }

    @Override
    public void append(AuditEntry entry) {
      log.append(entry);
    }
  }
}
