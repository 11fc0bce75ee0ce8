package org.seniortutorkit.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.staff.StaffRole;

/** Whatever the viewer's roles, relationships and purpose, the privacy rules hold. */
class AccessProperties {
  private final PrivacyPolicy privacy = PrivacyPolicy.standard();

  private static Viewer viewer(Set<StaffRole> roles, boolean tutor, boolean panel, boolean supportiveOnly) {
    Viewer viewer = AccessFixtures.viewer("T0050").withRoles(roles).withSupportiveOnlySeniorTutor(supportiveOnly);
    viewer = tutor ? viewer.withTutees(AccessFixtures.UG.id()) : viewer;
    return panel ? viewer.withPanelCases(CaseId.of("C-0010")) : viewer;
  }

  @Property(tries = 500)
  void special_category_data_is_never_permitted_for_a_purpose_that_does_not_justify_it(
      @ForAll @Size(max = 4) Set<StaffRole> roles, @ForAll boolean tutor, @ForAll boolean panel,
      @ForAll boolean consent, @ForAll Purpose purpose, @ForAll RecordArea area) {
    ConsentRegister consents = consent
        ? ConsentRegister.empty().withConsent(AccessFixtures.UG.id(), RecordArea.DISABILITY_DETAILS)
        : ConsentRegister.empty();
    AccessRequest request = AccessFixtures.caseRequest(viewer(roles, tutor, panel, false), AccessFixtures.UG,
        AccessFixtures.claim("C-0010", AccessFixtures.UG), purpose, area);

    AccessDecision decision = new AccessPolicy(privacy, consents).decide(request);

    if (area.isSpecialCategory() && !privacy.justifies(purpose, area)) {
      assertThat(decision.permitted()).isFalse();
    }
    if (area == RecordArea.DISABILITY_DETAILS && !consent) {
      assertThat(decision.permitted()).isFalse();
    }
    if (decision.permitted()) {
      assertThat(decision.rule()).isNotIn(AccessRule.DENY_BY_DEFAULT, AccessRule.SPECIAL_CATEGORY_NEEDS_PURPOSE,
          AccessRule.SPECIAL_CATEGORY_NEEDS_CONSENT, AccessRule.SUPPORTIVE_ONLY_NO_DISCIPLINARY);
    }
  }

  @Property(tries = 300)
  void a_supportive_only_senior_tutor_is_never_shown_a_disciplinary_case(
      @ForAll @Size(max = 4) Set<StaffRole> roles, @ForAll boolean tutor, @ForAll Purpose purpose,
      @ForAll RecordArea area) {
    Set<StaffRole> withSeniorTutor = new java.util.HashSet<>(roles);
    withSeniorTutor.add(StaffRole.SENIOR_TUTOR_UNDERGRADUATE);
    AccessRequest request = AccessFixtures.caseRequest(viewer(withSeniorTutor, tutor, false, true), AccessFixtures.UG,
        AccessFixtures.concern(AccessFixtures.UG, true), purpose, area);

    assertThat(new AccessPolicy(privacy, ConsentRegister.empty()).decide(request).permitted()).isFalse();
  }

  @Property(tries = 300)
  void a_student_view_never_shows_a_need_of_a_withheld_area(
      @ForAll @Size(max = 4) Set<StaffRole> roles, @ForAll boolean tutor, @ForAll Purpose purpose) {
    StudentRecordDesk desk = new StudentRecordDesk(new AccessPolicy(privacy,
        ConsentRegister.empty().withConsent(AccessFixtures.UG.id(), RecordArea.DISABILITY_DETAILS)),
        new AuditTrail(InMemoryPersistence.create(), Clock.systemUTC()));

    DeskResult<StudentView> result = desk.viewStudent(viewer(roles, tutor, false, false), AccessFixtures.UG, purpose);

    result.value().ifPresent(view -> {
      assertThat(view.visibleNeeds()).allSatisfy(need ->
          assertThat(view.withheldAreas()).doesNotContain(RecordArea.of(need)));
      assertThat(view.toString()).doesNotContain("DISABILITY_SUPPORT_PLAN").doesNotContain("WELLBEING_CONCERN");
    });
    assertThat(result.audit()).isNotNull();
  }
}
