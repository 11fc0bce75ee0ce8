package org.seniortutorkit.student;

/** Where a student stands with the institution. Only active students are allocated tutors. */
public enum StudentStatus {
  ACTIVE,
  /** Studies interrupted (suspended) for a period, e.g. on health grounds; expected to return. */
  INTERRUPTED,
  WITHDRAWN,
  /** Moved to another department or institution. */
  TRANSFERRED,
  COMPLETED
}
