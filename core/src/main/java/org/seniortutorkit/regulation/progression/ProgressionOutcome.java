package org.seniortutorkit.regulation.progression;

/** The result of applying the progression regulations to a student's year, best first. */
public enum ProgressionOutcome {
  PROGRESS,
  /** The student can make good the deficiencies, by resits or by repeating the year. */
  MAKE_GOOD_DEFICIENCIES,
  REQUIRED_TO_WITHDRAW
}
