package org.seniortutorkit.allocation;

/** The level a student studies at; students of different levels are never interchangeable. */
public enum StudyLevel {
  UNDERGRADUATE,
  POSTGRADUATE_TAUGHT,
  POSTGRADUATE_RESEARCH
}
