package org.seniortutorkit.regulation;

/** How urgently a finding needs attention. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH
}
