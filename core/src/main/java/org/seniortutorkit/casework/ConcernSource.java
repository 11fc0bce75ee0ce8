package org.seniortutorkit.casework;

/** Where a concern came from. */
public enum ConcernSource {
  /** Raised by a tutor (Personal or Senior) from what they saw or heard. */
  TUTOR,
  /** Raised by a monitoring finding (attendance, marks, missed meetings); the case names the finding's rule. */
  MONITORING_FINDING
}
