package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Transactions;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.student.Student;

/**
 * The Senior Tutor's case desk: opens cases and applies commands. Each change is one transaction: the case is
 * saved at its new version and its audit entry appended to the trail, committed together or not at all; then
 * its event's notifications are published. A refused command throws {@link CaseCommandRejectedException} and
 * changes nothing; a case changed by someone else since it was read throws
 * {@link org.seniortutorkit.kernel.store.ConcurrentModificationConflict} and changes nothing.
 *
 * <pre>{@code
 * PersistenceProvider store = InMemoryPersistence.create();
 * CaseDesk desk = new CaseDesk(store, new AuditTrail(store, Clock.systemUTC()), notifications,
 *     ServiceDirectory.standard());
 * }</pre>
 */
public final class CaseDesk {
  private final Transactions<? extends CaseWork> store;
  private final AuditTrail trail;
  private final CaseNotifications notifications;
  private final ServiceDirectory services;
  private final AtomicLong sequence;

  /**
   * A desk over {@code store}'s cases, auditing every change to {@code trail}, which must keep its entries in
   * the same store's audit log (the entry is appended in the case's transaction).
   */
  public CaseDesk(Transactions<? extends CaseWork> store, AuditTrail trail, CaseNotifications notifications,
      ServiceDirectory services) {
    this.store = store;
    this.trail = trail;
    this.notifications = notifications;
    this.services = services;
    this.sequence = new AtomicLong(store.inTransaction(work -> work.cases().count(CaseQuery.all())));
  }

  /**
   * Opens a case with the next identifier ({@code C-0001}, ...); see {@link StudentCase#open}. Audited as a
   * change by {@code openedBy} ({@link CaseAudit#byActor}).
   */
  public StudentCase open(CaseKind kind, Student student, Actor openedBy, LocalDate on,
      UnaryOperator<StudentCase.Builder> details) {
    return open(kind, student, openedBy, on, details, CaseAudit.byActor(openedBy)).studentCase();
  }

  /** Opens a case as {@link #open(CaseKind, Student, Actor, LocalDate, UnaryOperator)}, audited by {@code audit}. */
  public CaseChange open(CaseKind kind, Student student, Actor openedBy, LocalDate on,
      UnaryOperator<StudentCase.Builder> details, CaseAudit audit) {
    StudentCase opened = StudentCase.open(kind, nextId(), student, openedBy, on, details);
    opened.service().ifPresent(services::require);
    CaseChange change = trail.placing(() -> store.inTransaction(work -> {
      work.cases().save(opened, Version.none());
      AuditEntry entry = trail.append(work.audit(), audit.of(Optional.empty(), opened));
      return new CaseChange(opened, entry);
    }));
    notifications.publish(CaseEvent.of(opened));
    return change;
  }

  /** Applies {@code command} to the stored case {@code id}, audited as a change by {@code actor}. */
  public StudentCase act(CaseId id, CaseCommand command, Actor actor, LocalDate on) {
    return act(id, command, actor, on, CaseAudit.byActor(actor)).studentCase();
  }

  /**
   * Applies {@code command} to the stored case {@code id} and saves it naming the version it was read at, with
   * the audit entry {@code audit} gives, in one transaction.
   */
  public CaseChange act(CaseId id, CaseCommand command, Actor actor, LocalDate on, CaseAudit audit) {
    CaseChange change = trail.placing(() -> store.inTransaction(work -> {
      StudentCase current = work.cases().find(id).map(Versioned::value).orElseThrow(() -> unknown(id));
      StudentCase next = current.applyOrThrow(command, actor, on);
      work.cases().save(next, current.version());
      AuditEntry entry = trail.append(work.audit(), audit.of(Optional.of(current), next));
      return new CaseChange(next, entry);
    }));
    notifications.publish(CaseEvent.of(change.studentCase()));
    return change;
  }

  public StudentCase require(CaseId id) {
    return find(id).orElseThrow(() -> unknown(id));
  }

  public Optional<StudentCase> find(CaseId id) {
    return store.inTransaction(work -> work.cases().find(id).map(Versioned::value));
  }

  public ServiceDirectory services() {
    return services;
  }

  private static RuntimeException unknown(CaseId id) {
    return org.seniortutorkit.kernel.InvalidValueException.of("CaseDesk", "caseId", id, "is not a known case");
  }

  private CaseId nextId() {
    return CaseId.of(String.format("C-%04d", sequence.incrementAndGet()));
  }
}
