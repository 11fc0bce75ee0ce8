package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.CaseId;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Something that happened to a case: it was opened ({@link #command()} empty) or went through a transition.
 * Events carry identifiers, kinds and states only, never special-category data (no evidence, no service
 * that would reveal a health matter), so they are safe to publish, log and put in a notification.
 */
@Value.Immutable
abstract class CaseEventDef implements SelfValidating {
  public abstract CaseId caseId();

  public abstract CaseKind kind();

  public abstract StudentId student();

  public abstract DepartmentId department();

  public abstract StudyLevel level();

  public abstract Optional<StaffId> personalTutor();

  public abstract Optional<CaseState> from();

  public abstract Optional<CaseCommand> command();

  public abstract CaseState to();

  public abstract Actor actor();

  public abstract LocalDate on();

  public abstract Version version();

  /** The event of the case's latest change: its last history step, or its opening. */
  public static CaseEvent of(StudentCase c) {
    CaseEvent.Builder event = CaseEvent.builder()
        .caseId(c.id()).kind(c.kind()).student(c.student()).department(c.department()).level(c.level())
        .personalTutor(c.personalTutor()).to(c.state()).version(c.version());
    if (c.history().isEmpty()) {
      return event.actor(c.openedBy()).on(c.openedOn()).build();
    }
    CaseStep step = c.history().get(c.history().size() - 1);
    return event.from(step.from()).command(step.command()).actor(step.actor()).on(step.on()).build();
  }

  public boolean isOpening() {
    return command().isEmpty();
  }

  /** One line for a log or a desk's day list, e.g. {@code 2026-10-05 C-1 CONCERN RAISED -ESCALATE-> ESCALATED by T0042 as PERSONAL_TUTOR}. */
  public String describe() {
    String change = isOpening()
        ? "opened in " + to()
        : from().orElseThrow() + " -" + command().orElseThrow() + "-> " + to();
    return on() + " " + caseId() + " " + kind() + " (student " + student() + ") " + change + " by " + actor();
  }
}
