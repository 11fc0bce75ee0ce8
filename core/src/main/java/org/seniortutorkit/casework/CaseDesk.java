package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.seniortutorkit.student.Student;

/**
 * The Senior Tutor's case desk: opens cases and applies commands, storing each new version and publishing its
 * event's notifications. A refused command throws {@link CaseCommandRejectedException} and changes nothing.
 */
public final class CaseDesk {
  private final CaseStore store;
  private final CaseNotifications notifications;
  private final ServiceDirectory services;
  private final AtomicInteger sequence;

  public CaseDesk(CaseStore store, CaseNotifications notifications, ServiceDirectory services) {
    this.store = store;
    this.notifications = notifications;
    this.services = services;
    this.sequence = new AtomicInteger(store.all().size());
  }

  /** Opens a case with the next identifier ({@code C-0001}, ...); see {@link StudentCase#open}. */
  public StudentCase open(CaseKind kind, Student student, Actor openedBy, LocalDate on,
      UnaryOperator<StudentCase.Builder> details) {
    StudentCase opened = StudentCase.open(kind, nextId(), student, openedBy, on, details);
    opened.service().ifPresent(services::require);
    store.save(opened, Optional.empty());
    notifications.publish(CaseEvent.of(opened));
    return opened;
  }

  /** Applies {@code command} to the stored case {@code id}. */
  public StudentCase act(CaseId id, CaseCommand command, Actor actor, LocalDate on) {
    StudentCase current = require(id);
    StudentCase next = current.applyOrThrow(command, actor, on);
    store.save(next, Optional.of(current.version()));
    notifications.publish(CaseEvent.of(next));
    return next;
  }

  public StudentCase require(CaseId id) {
    return store.find(id).orElseThrow(() -> org.seniortutorkit.kernel.InvalidValueException.of(
        "CaseDesk", "caseId", id, "is not a known case"));
  }

  public ServiceDirectory services() {
    return services;
  }

  private CaseId nextId() {
    return CaseId.of(String.format("C-%04d", sequence.incrementAndGet()));
  }
}
