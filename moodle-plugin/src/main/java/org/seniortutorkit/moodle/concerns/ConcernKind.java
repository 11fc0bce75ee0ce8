package org.seniortutorkit.moodle.concerns;

/**
 * What a concern is about, in words fit for a note or message in Moodle. Deliberately coarse: the reason behind a
 * concern (health, disability, circumstances) is special-category data and stays in Senior Tutor Kit.
 */
public enum ConcernKind {
  LOW_ATTENDANCE("attendance"),
  MISSED_TUTOR_MEETINGS("missed Personal Tutor meetings"),
  ACADEMIC_PROGRESS("academic progress"),
  LOW_ENGAGEMENT("engagement with the course"),
  REQUEST_TO_MEET("request to meet");

  private final String words;

  ConcernKind(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
