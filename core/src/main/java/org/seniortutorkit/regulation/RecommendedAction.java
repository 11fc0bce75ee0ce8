package org.seniortutorkit.regulation;

/**
 * What a finding recommends someone does next. A finding's action is the same for every student whatever their
 * needs ({@code monitoring.ConcernRouting}); the referrals that follow from a complex need
 * ({@link #revealsComplexNeed()}) are said only in a view the viewer was permitted
 * ({@code access.StudentView#referralFor}).
 */
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
  RECONSTITUTE_PANEL;

  /**
   * True when the action is chosen because of a complex need (a disability support plan, a known wellbeing
   * concern), so a list that pairs it with a student discloses special-category data. A summary meant to travel
   * (a dashboard, a report to a committee) should say "refer to the support already arranged" instead.
   */
  public boolean revealsComplexNeed() {
    return this == REFER_TO_DISABILITY_OFFICER || this == REFER_TO_WELLBEING_ADVISER;
  }
}
