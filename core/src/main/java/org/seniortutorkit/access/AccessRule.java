package org.seniortutorkit.access;

/**
 * The access rules, each with a code that decisions, audit entries and {@code docs/casework.md} cite. Rules
 * that deny are checked before rules that permit; anything no rule permits is denied ({@link #DENY_BY_DEFAULT}).
 */
public enum AccessRule {
  SPECIAL_CATEGORY_NEEDS_PURPOSE("AR-1", "special-category data is shown only for a purpose that needs it"),
  SPECIAL_CATEGORY_NEEDS_CONSENT("AR-2", "where the policy says so, special-category data needs the student's consent"),
  SUPPORTIVE_ONLY_NO_DISCIPLINARY("AR-3", "a supportive-only Senior Tutor never sees disciplinary cases"),
  PANEL_MEMBER_CASE_PACK("AR-4", "a panel member sees only the pack of a case their panel decides"),
  DISABILITY_OFFICER_DISABILITY_DETAILS("AR-5",
      "the Departmental Disabilities Officer sees the profile and disability details of the department's students"),
  SENIOR_TUTOR_DEPARTMENT_LEVEL("AR-6", "a Senior Tutor sees the department's students at their level (UG or PG)"),
  PERSONAL_TUTOR_OWN_TUTEES("AR-7",
      "a Personal Tutor sees their own tutees' profile, cases and wellbeing, not disability details or mitigation evidence"),
  SERVICE_CONTACT_REFERRAL("AR-8",
      "a service contact sees the profile and file of a referral made to their service, for casework"),
  REGISTRY_WITHDRAWALS_AND_TRANSFERS("AR-9",
      "a Registry contact sees the profile and file of withdrawal and transfer cases, for casework"),
  CASE_ROLE_HELD("AR-10", "one acts on a case only in a case role one holds for that student or case"),
  DENY_BY_DEFAULT("AR-0", "anything no rule permits is denied");

  private final String code;
  private final String description;

  AccessRule(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return code + " " + name();
  }
}
