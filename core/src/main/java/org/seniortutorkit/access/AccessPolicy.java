package org.seniortutorkit.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.access.AccessDecision.Deny;
import org.seniortutorkit.access.AccessDecision.Permit;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.staff.StaffRole;

/**
 * Decides an {@link AccessRequest} by role, relationship and purpose. Denying rules come first (purpose,
 * consent, supportive-only); then each permitting rule either permits or says why it does not apply; if none
 * permits, the request is denied with all those reasons ({@link AccessRule#DENY_BY_DEFAULT}).
 *
 * <pre>{@code
 * policy.decide(request);   // Permit(AR-7 PERSONAL_TUTOR_OWN_TUTEES)
 *                           // or Deny(T0099 is not the Personal Tutor of S1234567, AR-0 DENY_BY_DEFAULT)
 * }</pre>
 */
public final class AccessPolicy {
  private static final Set<RecordArea> PANEL_PACK =
      EnumSet.of(RecordArea.PROFILE, RecordArea.CASE_FILE, RecordArea.MITIGATION_EVIDENCE, RecordArea.DISABILITY_DETAILS);
  private static final Set<RecordArea> SERVICE_CONTACT_AREAS = EnumSet.of(RecordArea.PROFILE, RecordArea.CASE_FILE);
  private static final Set<RecordArea> DISABILITY_OFFICER_AREAS =
      EnumSet.of(RecordArea.PROFILE, RecordArea.DISABILITY_DETAILS);
  private static final Set<RecordArea> PERSONAL_TUTOR_AREAS =
      EnumSet.of(RecordArea.PROFILE, RecordArea.CASE_FILE, RecordArea.WELLBEING_AND_CIRCUMSTANCES);

  private final PrivacyPolicy privacy;
  private final ConsentRegister consents;

  public AccessPolicy(PrivacyPolicy privacy, ConsentRegister consents) {
    this.privacy = privacy;
    this.consents = consents;
  }

  public AccessDecision decide(AccessRequest request) {
    Optional<Deny> denied = purposeRefusal(request)
        .or(() -> consentRefusal(request))
        .or(() -> supportiveOnlyRefusal(request));
    if (denied.isPresent()) {
      return denied.get();
    }
    List<String> whyNot = new ArrayList<>();
    for (PermittingRule rule : permittingRules()) {
      Optional<AccessDecision> decision = rule.decide(request, whyNot);
      if (decision.isPresent()) {
        return decision.get();
      }
    }
    String reason = whyNot.isEmpty()
        ? request.viewer().id() + " holds no role that gives access to student records"
        : String.join("; ", whyNot);
    return new Deny(reason, AccessRule.DENY_BY_DEFAULT);
  }

  private Optional<Deny> purposeRefusal(AccessRequest r) {
    if (privacy.justifies(r.purpose(), r.area())) {
      return Optional.empty();
    }
    return Optional.of(new Deny(r.area() + " is special-category data and " + r.purpose()
        + " is not a purpose that justifies it", AccessRule.SPECIAL_CATEGORY_NEEDS_PURPOSE));
  }

  private Optional<Deny> consentRefusal(AccessRequest r) {
    if (!privacy.needConsent().contains(r.area()) || consents.given(r.student().id(), r.area())) {
      return Optional.empty();
    }
    return Optional.of(new Deny("student " + r.student().id() + " has not consented to share " + r.area(),
        AccessRule.SPECIAL_CATEGORY_NEEDS_CONSENT));
  }

  private static Optional<Deny> supportiveOnlyRefusal(AccessRequest r) {
    boolean disciplinary = r.studentCase().filter(c -> c.disciplinary()).isPresent();
    if (disciplinary && r.viewer().supportiveOnlySeniorTutor() && r.viewer().isSeniorTutor()) {
      return Optional.of(new Deny("case " + r.studentCase().orElseThrow().id() + " is disciplinary and "
          + r.viewer().id() + " is a supportive-only Senior Tutor", AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY));
    }
    return Optional.empty();
  }

  private static List<PermittingRule> permittingRules() {
    return List.of(AccessPolicy::panelMember, AccessPolicy::serviceContact, AccessPolicy::registry,
        AccessPolicy::disabilityOfficer, AccessPolicy::seniorTutor, AccessPolicy::personalTutor);
  }

  private static Optional<AccessDecision> panelMember(AccessRequest r, List<String> whyNot) {
    if (r.viewer().panelCases().isEmpty()) {
      return Optional.empty();
    }
    boolean panelCase = r.studentCase()
        .filter(c -> c.kind() == CaseKind.MITIGATING_CIRCUMSTANCES && r.viewer().panelCases().contains(c.id()))
        .isPresent();
    if (panelCase && r.purpose() == Purpose.MITIGATION_PANEL && PANEL_PACK.contains(r.area())) {
      return Optional.of(new Permit(AccessRule.PANEL_MEMBER_CASE_PACK));
    }
    whyNot.add(r.viewer().id() + " sits on a panel but this request is not for the pack of one of their panel cases "
        + r.viewer().panelCases() + " for " + Purpose.MITIGATION_PANEL);
    return Optional.empty();
  }

  private static Optional<AccessDecision> serviceContact(AccessRequest r, List<String> whyNot) {
    if (r.viewer().referrals().isEmpty()) {
      return Optional.empty();
    }
    boolean referral = r.studentCase()
        .filter(c -> c.kind() == CaseKind.REFERRAL && r.viewer().referrals().contains(c.id()))
        .isPresent();
    if (referral && r.purpose() == Purpose.CASEWORK && SERVICE_CONTACT_AREAS.contains(r.area())) {
      return Optional.of(new Permit(AccessRule.SERVICE_CONTACT_REFERRAL));
    }
    whyNot.add(r.viewer().id() + " takes referrals " + r.viewer().referrals()
        + " but this request is not for the profile or file of one of them for " + Purpose.CASEWORK);
    return Optional.empty();
  }

  private static Optional<AccessDecision> registry(AccessRequest r, List<String> whyNot) {
    if (!r.viewer().holds(StaffRole.REGISTRY_CONTACT)) {
      return Optional.empty();
    }
    boolean registryCase = r.studentCase()
        .filter(c -> c.kind() == CaseKind.WITHDRAWAL || c.kind() == CaseKind.TRANSFER).isPresent();
    if (registryCase && r.purpose() == Purpose.CASEWORK && SERVICE_CONTACT_AREAS.contains(r.area())) {
      return Optional.of(new Permit(AccessRule.REGISTRY_WITHDRAWALS_AND_TRANSFERS));
    }
    whyNot.add("Registry sees the profile and file of withdrawal and transfer cases for CASEWORK only");
    return Optional.empty();
  }

  private static Optional<AccessDecision> disabilityOfficer(AccessRequest r, List<String> whyNot) {
    if (!r.viewer().holds(StaffRole.DEPARTMENTAL_DISABILITIES_OFFICER)) {
      return Optional.empty();
    }
    if (!sameDepartment(r)) {
      whyNot.add(r.viewer().id() + " is Disabilities Officer of " + r.viewer().department() + ", not of "
          + r.student().department());
    } else if (!DISABILITY_OFFICER_AREAS.contains(r.area())) {
      whyNot.add("the Disabilities Officer sees " + DISABILITY_OFFICER_AREAS + ", not " + r.area());
    } else {
      return Optional.of(new Permit(AccessRule.DISABILITY_OFFICER_DISABILITY_DETAILS));
    }
    return Optional.empty();
  }

  private static Optional<AccessDecision> seniorTutor(AccessRequest r, List<String> whyNot) {
    if (!r.viewer().isSeniorTutor()) {
      return Optional.empty();
    }
    StaffRole needed = r.student().level() == StudyLevel.UNDERGRADUATE
        ? StaffRole.SENIOR_TUTOR_UNDERGRADUATE
        : StaffRole.SENIOR_TUTOR_POSTGRADUATE;
    if (!sameDepartment(r)) {
      whyNot.add(r.viewer().id() + " is a Senior Tutor of " + r.viewer().department() + ", not of "
          + r.student().department());
    } else if (!r.viewer().holds(needed)) {
      whyNot.add(r.viewer().id() + " is not a Senior Tutor at " + r.student().level() + " level");
    } else {
      return Optional.of(new Permit(AccessRule.SENIOR_TUTOR_DEPARTMENT_LEVEL));
    }
    return Optional.empty();
  }

  private static Optional<AccessDecision> personalTutor(AccessRequest r, List<String> whyNot) {
    if (!r.viewer().holds(StaffRole.PERSONAL_TUTOR)) {
      return Optional.empty();
    }
    if (!r.viewer().tutees().contains(r.student().id())) {
      whyNot.add(r.viewer().id() + " is not the Personal Tutor of " + r.student().id());
    } else if (!PERSONAL_TUTOR_AREAS.contains(r.area())) {
      whyNot.add("a Personal Tutor sees " + PERSONAL_TUTOR_AREAS + ", not " + r.area());
    } else {
      return Optional.of(new Permit(AccessRule.PERSONAL_TUTOR_OWN_TUTEES));
    }
    return Optional.empty();
  }

  private static boolean sameDepartment(AccessRequest r) {
    return r.viewer().department().equals(r.student().department());
  }

  /** A rule that permits, or adds why it does not apply to {@code whyNot} and returns empty. */
  @FunctionalInterface
  private interface PermittingRule {
    Optional<AccessDecision> decide(AccessRequest request, List<String> whyNot);
  }
}
