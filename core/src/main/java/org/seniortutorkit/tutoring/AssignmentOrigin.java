package org.seniortutorkit.tutoring;

/** How a tutor assignment was made; it tells a Senior Tutor what re-allocation may change. */
public enum AssignmentOrigin {
  /** Chosen by the allocation engine. */
  ALLOCATED,
  /** Fixed by the Senior Tutor; allocation keeps it as it is. */
  PINNED,
  /** Kept from the previous academic year for continuity. */
  CARRIED_OVER
}
