package org.seniortutorkit.regulation;

/** How a mitigating-circumstances claim is made. */
public enum ClaimKind {
  /** The student's own statement, for a short extension to minor coursework; no evidence needed. */
  SELF_CERTIFICATION,
  /** A claim to the Mitigation Advisory Panel, normally with independent evidence. */
  EVIDENCED
}
