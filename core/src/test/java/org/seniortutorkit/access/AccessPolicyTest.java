package org.seniortutorkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.access.AccessFixtures.*;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.access.AccessDecision.Deny;
import org.seniortutorkit.access.AccessDecision.Permit;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.kernel.InvalidValueException;

/** Every access rule, permitted and denied, with its reason. */
class AccessPolicyTest {
  private final AccessPolicy policy = new AccessPolicy(PrivacyPolicy.standard(),
      ConsentRegister.empty().withConsent(UG.id(), RecordArea.DISABILITY_DETAILS));
  private final AccessPolicy policyWithoutConsents = new AccessPolicy(PrivacyPolicy.standard(), ConsentRegister.empty());

  // AR-7 Personal Tutor

  @Test
  void a_personal_tutor_sees_their_own_tutees_profile() {
    assertThat(policy.decide(request(personalTutorOfUg(), UG, Purpose.PASTORAL_SUPPORT, RecordArea.PROFILE)))
        .isEqualTo(new Permit(AccessRule.PERSONAL_TUTOR_OWN_TUTEES));
  }

  @Test
  void a_personal_tutor_sees_their_tutees_wellbeing_for_pastoral_support() {
    assertThat(policy.decide(request(personalTutorOfUg(), UG, Purpose.PASTORAL_SUPPORT,
        RecordArea.WELLBEING_AND_CIRCUMSTANCES)))
        .isEqualTo(new Permit(AccessRule.PERSONAL_TUTOR_OWN_TUTEES));
  }

  @Test
  void a_personal_tutor_does_not_see_someone_elses_tutee() {
    assertThat(policy.decide(request(viewer("T0099", StaffRole.PERSONAL_TUTOR), UG, Purpose.PASTORAL_SUPPORT,
        RecordArea.PROFILE)))
        .isEqualTo(new Deny("T0099 is not the Personal Tutor of S1234567", AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void a_personal_tutor_does_not_see_disability_details_even_for_disability_support() {
    assertThat(policy.decide(request(personalTutorOfUg(), UG, Purpose.DISABILITY_SUPPORT,
        RecordArea.DISABILITY_DETAILS)))
        .isEqualTo(new Deny("a Personal Tutor sees [PROFILE, CASE_FILE, WELLBEING_AND_CIRCUMSTANCES], "
            + "not DISABILITY_DETAILS", AccessRule.DENY_BY_DEFAULT));
  }

  // AR-1 purpose

  @Test
  void special_category_data_for_a_purpose_that_does_not_need_it_is_denied() {
    assertThat(policy.decide(request(personalTutorOfUg(), UG, Purpose.REFERENCE_WRITING,
        RecordArea.WELLBEING_AND_CIRCUMSTANCES)))
        .isEqualTo(new Deny("WELLBEING_AND_CIRCUMSTANCES is special-category data and REFERENCE_WRITING is not a "
            + "purpose that justifies it", AccessRule.SPECIAL_CATEGORY_NEEDS_PURPOSE));
  }

  // AR-2 consent

  @Test
  void disability_details_without_the_students_consent_are_denied() {
    assertThat(policyWithoutConsents.decide(request(disabilityOfficer(), UG, Purpose.DISABILITY_SUPPORT,
        RecordArea.DISABILITY_DETAILS)))
        .isEqualTo(new Deny("student S1234567 has not consented to share DISABILITY_DETAILS",
            AccessRule.SPECIAL_CATEGORY_NEEDS_CONSENT));
  }

  // AR-5 Disabilities Officer

  @Test
  void the_disabilities_officer_sees_disability_details_with_consent_and_purpose() {
    assertThat(policy.decide(request(disabilityOfficer(), UG, Purpose.DISABILITY_SUPPORT,
        RecordArea.DISABILITY_DETAILS)))
        .isEqualTo(new Permit(AccessRule.DISABILITY_OFFICER_DISABILITY_DETAILS));
  }

  @Test
  void the_disabilities_officer_does_not_see_case_files() {
    assertThat(policy.decide(caseRequest(disabilityOfficer(), UG, concern(UG, false), Purpose.CASEWORK,
        RecordArea.CASE_FILE)))
        .isEqualTo(new Deny("the Disabilities Officer sees [PROFILE, DISABILITY_DETAILS], not CASE_FILE",
            AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void the_disabilities_officer_of_another_department_is_denied() {
    Viewer physics = disabilityOfficer().withDepartment(DepartmentId.of("PHYS"));

    assertThat(policy.decide(request(physics, UG, Purpose.DISABILITY_SUPPORT, RecordArea.DISABILITY_DETAILS)))
        .isEqualTo(new Deny("D0005 is Disabilities Officer of PHYS, not of CHEM", AccessRule.DENY_BY_DEFAULT));
  }

  // AR-6 Senior Tutor

  @Test
  void an_undergraduate_senior_tutor_sees_the_departments_undergraduates() {
    assertThat(policy.decide(request(ugSeniorTutor(), UG, Purpose.CASEWORK, RecordArea.PROFILE)))
        .isEqualTo(new Permit(AccessRule.SENIOR_TUTOR_DEPARTMENT_LEVEL));
  }

  @Test
  void an_undergraduate_senior_tutor_does_not_see_postgraduates() {
    assertThat(policy.decide(request(ugSeniorTutor(), PG, Purpose.CASEWORK, RecordArea.PROFILE)))
        .isEqualTo(new Deny("T0001 is not a Senior Tutor at POSTGRADUATE_TAUGHT level", AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void a_postgraduate_senior_tutor_sees_the_departments_postgraduates() {
    assertThat(policy.decide(request(viewer("T0002", StaffRole.SENIOR_TUTOR_POSTGRADUATE), PG, Purpose.CASEWORK,
        RecordArea.PROFILE)))
        .isEqualTo(new Permit(AccessRule.SENIOR_TUTOR_DEPARTMENT_LEVEL));
  }

  @Test
  void a_senior_tutor_of_another_department_is_denied() {
    assertThat(policy.decide(request(ugSeniorTutor().withDepartment(DepartmentId.of("PHYS")), UG, Purpose.CASEWORK,
        RecordArea.PROFILE)))
        .isEqualTo(new Deny("T0001 is a Senior Tutor of PHYS, not of CHEM", AccessRule.DENY_BY_DEFAULT));
  }

  // AR-3 supportive-only

  @Test
  void a_supportive_only_senior_tutor_never_sees_a_disciplinary_case() {
    Viewer supportive = ugSeniorTutor().withSupportiveOnlySeniorTutor(true);

    assertThat(policy.decide(caseRequest(supportive, UG, concern(UG, true), Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Deny("case C-0003 is disciplinary and T0001 is a supportive-only Senior Tutor",
            AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY));
  }

  @Test
  void a_supportive_only_senior_tutor_sees_a_case_that_is_not_disciplinary() {
    Viewer supportive = ugSeniorTutor().withSupportiveOnlySeniorTutor(true);

    assertThat(policy.decide(caseRequest(supportive, UG, concern(UG, false), Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Permit(AccessRule.SENIOR_TUTOR_DEPARTMENT_LEVEL));
  }

  @Test
  void a_senior_tutor_who_is_not_supportive_only_sees_a_disciplinary_case() {
    assertThat(policy.decide(caseRequest(ugSeniorTutor(), UG, concern(UG, true), Purpose.CASEWORK,
        RecordArea.CASE_FILE)))
        .isEqualTo(new Permit(AccessRule.SENIOR_TUTOR_DEPARTMENT_LEVEL));
  }

  // AR-4 panel member

  @Test
  void a_panel_member_from_another_faculty_sees_the_pack_of_their_panel_case() {
    StudentCase claim = claim("C-0010", UG);

    assertThat(policy.decide(caseRequest(panelMemberFromArts(claim.id()), UG, claim, Purpose.MITIGATION_PANEL,
        RecordArea.MITIGATION_EVIDENCE)))
        .isEqualTo(new Permit(AccessRule.PANEL_MEMBER_CASE_PACK));
  }

  @Test
  void a_panel_member_does_not_see_another_case() {
    StudentCase other = claim("C-0011", UG);

    assertThat(policy.decide(caseRequest(panelMemberFromArts(CaseId.of("C-0010")), UG, other,
        Purpose.MITIGATION_PANEL, RecordArea.CASE_FILE)))
        .isEqualTo(new Deny("P0007 sits on a panel but this request is not for the pack of one of their panel "
            + "cases [C-0010] for MITIGATION_PANEL", AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void a_panel_member_does_not_see_the_students_record_outside_the_pack() {
    Deny deny = (Deny) policy.decide(request(panelMemberFromArts(CaseId.of("C-0010")), UG, Purpose.MITIGATION_PANEL,
        RecordArea.PROFILE));

    assertThat(deny.rule()).isEqualTo(AccessRule.DENY_BY_DEFAULT);
  }

  @Test
  void mitigation_evidence_is_for_the_panel_only() {
    StudentCase claim = claim("C-0010", UG);

    assertThat(policy.decide(caseRequest(ugSeniorTutor(), UG, claim, Purpose.CASEWORK, RecordArea.MITIGATION_EVIDENCE)))
        .extracting(AccessDecision::rule).isEqualTo(AccessRule.SPECIAL_CATEGORY_NEEDS_PURPOSE);
  }

  // AR-8 service contact

  @Test
  void a_service_contact_sees_the_file_of_a_referral_made_to_them() {
    StudentCase referral = referral("C-0020", UG);
    Viewer adviser = viewer("W0100", StaffRole.STUDENT_WELLBEING_ADVISER).withReferrals(referral.id());

    assertThat(policy.decide(caseRequest(adviser, UG, referral, Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Permit(AccessRule.SERVICE_CONTACT_REFERRAL));
  }

  @Test
  void a_service_contact_does_not_see_other_cases_of_the_student() {
    Viewer adviser = viewer("W0100", StaffRole.STUDENT_WELLBEING_ADVISER).withReferrals(CaseId.of("C-0020"));

    assertThat(policy.decide(caseRequest(adviser, UG, concern(UG, false), Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Deny("W0100 takes referrals [C-0020] but this request is not for the profile or file of one "
            + "of them for CASEWORK", AccessRule.DENY_BY_DEFAULT));
  }

  // AR-9 Registry

  @Test
  void registry_sees_the_file_of_a_withdrawal_it_completes() {
    StudentCase withdrawal = StudentCase.open(org.seniortutorkit.casework.CaseKind.WITHDRAWAL, CaseId.of("C-0030"),
        UG, org.seniortutorkit.casework.Actor.of("T0001", org.seniortutorkit.casework.CaseRole.SENIOR_TUTOR), DAY,
        b -> b);

    assertThat(policy.decide(caseRequest(viewer("R0003", StaffRole.REGISTRY_CONTACT), UG, withdrawal,
        Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Permit(AccessRule.REGISTRY_WITHDRAWALS_AND_TRANSFERS));
  }

  @Test
  void registry_does_not_see_a_concern() {
    assertThat(policy.decide(caseRequest(viewer("R0003", StaffRole.REGISTRY_CONTACT), UG, concern(UG, false),
        Purpose.CASEWORK, RecordArea.CASE_FILE)))
        .isEqualTo(new Deny("Registry sees the profile and file of withdrawal and transfer cases for CASEWORK only",
            AccessRule.DENY_BY_DEFAULT));
  }

  // AR-0 deny by default

  @Test
  void someone_with_no_relevant_role_is_denied_by_default() {
    assertThat(policy.decide(request(viewer("R0003", StaffRole.REGISTRY_CONTACT), UG, Purpose.CASEWORK,
        RecordArea.PROFILE)))
        .isEqualTo(new Deny("Registry sees the profile and file of withdrawal and transfer cases for CASEWORK only",
            AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void someone_with_no_role_at_all_is_denied_by_default() {
    assertThat(policy.decide(request(viewer("X0001"), UG, Purpose.CASEWORK, RecordArea.PROFILE)))
        .isEqualTo(new Deny("X0001 holds no role that gives access to student records", AccessRule.DENY_BY_DEFAULT));
  }

  @Test
  void a_request_about_one_student_with_another_students_case_is_invalid() {
    StudentCase pgClaim = claim("C-0012", PG);

    assertThatThrownBy(() -> caseRequest(ugSeniorTutor(), UG, pgClaim, Purpose.CASEWORK, RecordArea.CASE_FILE))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("AccessRequest.studentCase = C-0012 must be about the requested student S1234567");
  }

  @Test
  void decisions_and_requests_print_no_special_category_data() {
    StudentCase claim = claim("C-0010", UG);
    AccessRequest request = caseRequest(ugSeniorTutor(), UG, claim, Purpose.CASEWORK, RecordArea.MITIGATION_EVIDENCE);

    assertThat(request.toString() + policy.decide(request)).doesNotContain("anxiety")
        .doesNotContain("DISABILITY_SUPPORT_PLAN").doesNotContain("WELLBEING_CONCERN");
  }
}
