package org.seniortutorkit.regulation;

/** What a finding recommends someone does next. */
public enum RecommendedAction {
  /** The student's Personal Tutor contacts them. */
  TUTOR_FOLLOW_UP,
  /** The Senior Tutor takes the case. */
  ESCALATE_TO_SENIOR_TUTOR,
  REFER_TO_WELLBEING_ADVISER,
  /** Referral to the Departmental Disabilities Officer (the student has a disability support plan). */
  REFER_TO_DISABILITY_OFFICER,
  /** Referral to Registry, e.g. for withdrawal. */
  REFER_TO_REGISTRY,
  /** The Mitigation Advisory Panel decides. */
  REFER_TO_MITIGATION_PANEL,
  /** The panel must be re-formed before it sits. */
  RECONSTITUTE_PANEL
}
