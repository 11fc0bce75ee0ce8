package org.seniortutorkit.access;

import java.util.Optional;
import org.seniortutorkit.audit.AuditEntry;

/**
 * What the {@link StudentRecordDesk} returns: its decision, the view if permitted (for a change, the changed
 * case as the caller may see it), and the audit entry it recorded either way.
 */
public record DeskResult<T>(AccessDecision decision, Optional<T> value, AuditEntry audit) {
  public boolean permitted() {
    return decision.permitted();
  }

  /** The value, or {@link AccessDeniedException} with the decision's reason. */
  public T orElseThrow() {
    return value.orElseThrow(() -> new AccessDeniedException((AccessDecision.Deny) decision));
  }
}
