package org.seniortutorkit.casework;

import org.seniortutorkit.audit.AuditWork;

/**
 * What a transaction offers the case desk: the cases and the audit log, so that a case change and its audit
 * entry are committed together or not at all.
 */
public interface CaseWork extends AuditWork {
  CaseRepository cases();
}
