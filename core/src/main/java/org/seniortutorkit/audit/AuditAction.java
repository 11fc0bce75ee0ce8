package org.seniortutorkit.audit;

/** What happened to a student's record. */
public enum AuditAction {
  READ,
  CHANGE,
  /** Someone asked to read or change it and was refused: recorded too, since attempts matter. */
  DENIED
}
