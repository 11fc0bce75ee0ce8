package org.seniortutorkit.regulation.progression;

/** How deficiencies are made good. */
public enum MakeGoodRoute {
  /** Resit the failed modules (marks capped at the pass mark if the policy says so). */
  RESIT,
  /** Too many failed credits to resit: repeat the year. */
  REPEAT_YEAR
}
