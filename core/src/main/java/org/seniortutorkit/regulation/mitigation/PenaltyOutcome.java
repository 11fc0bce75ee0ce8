package org.seniortutorkit.regulation.mitigation;

/** What the late-submission rule did to a mark. */
public enum PenaltyOutcome {
  ON_TIME,
  /** Late within the window: capped at the pass mark. */
  CAPPED_AT_PASS_MARK,
  /** Later than the window: zero. */
  ZERO,
  /** Late, but an accepted claim covers it: no penalty. */
  WAIVED
}
