package org.seniortutorkit.regulation.mitigation;

/** What the Senior Tutor recommends to the Mitigation Advisory Panel; the panel decides. */
public enum PanelRecommendation {
  /** No rule stands against the claim. */
  UPHOLD,
  /** Only evidence is missing: ask the student for it before the panel sits. */
  REQUEST_EVIDENCE,
  /** A rule stands against the claim (out of time, over the self-certification limits). */
  DO_NOT_UPHOLD
}
