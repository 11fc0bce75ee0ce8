package org.seniortutorkit.casework;

import java.util.Optional;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditRecord;

/**
 * The audit record of a case change, written by {@link CaseDesk} in the same transaction as the change. The
 * subject names the case, its kind and states, never its content (evidence is special-category data).
 */
@FunctionalInterface
public interface CaseAudit {
  /**
   * The record for a change that left the case as {@code after}.
   *
   * @param before the case as it was, or empty when the change opened it
   */
  AuditRecord of(Optional<StudentCase> before, StudentCase after);

  /**
   * The record when no access decision stands behind the change (the desk used directly): the actor's own id,
   * for casework, under the case role the actor acts in.
   */
  static CaseAudit byActor(Actor actor) {
    return (before, after) -> AuditRecord.builder().actor(actor.id()).student(after.student())
        .action(AuditAction.CHANGE).subject(subject(before, after)).purpose("CASEWORK")
        .rule("case role " + actor.role()).build();
  }

  /** {@code case C-0001 CONCERN opened in RAISED}, or {@code case C-0001 RAISED -ACKNOWLEDGE-> ACKNOWLEDGED}. */
  static String subject(Optional<StudentCase> before, StudentCase after) {
    return before.map(was -> "case " + after.id() + " " + was.state() + " -" + after.history()
            .get(after.history().size() - 1).command() + "-> " + after.state())
        .orElse("case " + after.id() + " " + after.kind() + " opened in " + after.state());
  }
}
