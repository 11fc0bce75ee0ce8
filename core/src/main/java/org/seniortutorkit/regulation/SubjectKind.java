package org.seniortutorkit.regulation;

/** What a finding is about. */
public enum SubjectKind {
  STUDENT,
  STAFF,
  CLAIM,
  PANEL
}
