package org.seniortutorkit.tutoring;

/** Who asked for a meeting: a student-initiated meeting can signal a concern. */
public enum MeetingRequester {
  STUDENT,
  TUTOR,
  SENIOR_TUTOR,
  /** A meeting the tutoring calendar schedules for everyone, e.g. in welcome week. */
  SCHEDULED
}
