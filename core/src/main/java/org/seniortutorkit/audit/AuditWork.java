package org.seniortutorkit.audit;

/** What a transaction offers the audit trail: the audit log, written together with whatever else it writes. */
public interface AuditWork {
  AuditLog audit();
}
