package org.seniortutorkit.access;

/** Why someone looks at a student's record. Special-category data is shown only for a purpose that needs it. */
public enum Purpose {
  /** A tutor supporting their tutee: meetings, concerns, wellbeing. */
  PASTORAL_SUPPORT,
  /** Handling a case: escalation, referral, withdrawal, transfer. */
  CASEWORK,
  /** Arranging reasonable adjustments for a disability. */
  DISABILITY_SUPPORT,
  /** Deciding a mitigating-circumstances claim at the Mitigation Advisory Panel. */
  MITIGATION_PANEL,
  /** Writing a reference or a nomination. */
  REFERENCE_WRITING,
  /** Aggregated reporting to committees and funders. */
  REPORTING
}
