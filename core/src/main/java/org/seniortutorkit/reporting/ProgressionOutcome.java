package org.seniortutorkit.reporting;

/**
 * The progression outcomes reports count. A minimal input vocabulary: the progression rules themselves (in
 * {@code regulation}) decide outcomes; reports only count them.
 */
public enum ProgressionOutcome {
  PROGRESSED,
  PROGRESSED_WITH_RESITS,
  REPEAT_YEAR,
  INTERRUPTED,
  WITHDRAWN,
  COMPLETED
}
