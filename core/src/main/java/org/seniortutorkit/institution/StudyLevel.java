package org.seniortutorkit.institution;

/** The level at which a programme is taught; each has its own Senior Tutor. */
public enum StudyLevel {
  /** Undergraduate: looked after by the Senior Tutor (UG). */
  UNDERGRADUATE,
  /** Postgraduate taught (e.g. MSc, MA): looked after by the Senior Tutor (PG). */
  POSTGRADUATE_TAUGHT
}
