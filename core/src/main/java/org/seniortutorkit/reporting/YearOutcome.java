package org.seniortutorkit.reporting;

/**
 * How a student's year ended, as funding-body reports count it. The progression rules (in
 * {@code regulation.progression}) decide whether a student may progress; this also counts interruptions and withdrawals.
 */
public enum YearOutcome {
  PROGRESSED,
  PROGRESSED_WITH_RESITS,
  REPEAT_YEAR,
  INTERRUPTED,
  WITHDRAWN,
  COMPLETED
}
