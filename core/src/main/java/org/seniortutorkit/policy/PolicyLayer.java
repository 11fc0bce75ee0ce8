package org.seniortutorkit.policy;

/** Where a policy pack applies; a narrower layer overrides the settings it names. */
public enum PolicyLayer {
  INSTITUTION,
  FACULTY,
  DEPARTMENT
}
