package org.seniortutorkit.casework;

import java.util.Objects;
import org.seniortutorkit.audit.AuditEntry;

/**
 * A case as a change left it, with the audit entry committed in the same transaction.
 *
 * @param studentCase the case as stored
 * @param audited its audit entry, in the chain
 */
public record CaseChange(StudentCase studentCase, AuditEntry audited) {
  public CaseChange {
    Objects.requireNonNull(studentCase, "studentCase");
    Objects.requireNonNull(audited, "audited");
  }
}
