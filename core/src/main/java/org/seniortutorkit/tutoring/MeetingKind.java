package org.seniortutorkit.tutoring;

/** How a tutor met their tutee(s). */
public enum MeetingKind {
  ONE_TO_ONE,
  GROUP,
  ONLINE
}
