package org.seniortutorkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.access.AccessFixtures.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditTrail;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseCommandRejectedException;
import org.seniortutorkit.casework.CaseDesk;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseNotifications;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.CollectingNotificationPublisher;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.ServiceDirectory;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.student.ComplexNeed;

class StudentRecordDeskTest {
  private final InMemoryPersistence store = InMemoryPersistence.create();
  private final AuditTrail audit = new AuditTrail(store,
      Clock.fixed(Instant.parse("2026-10-05T09:00:00Z"), ZoneOffset.UTC));
  private final StudentRecordDesk desk = new StudentRecordDesk(new AccessPolicy(PrivacyPolicy.standard(),
      ConsentRegister.empty().withConsent(UG.id(), RecordArea.DISABILITY_DETAILS)), audit);
  private final CaseDesk cases = new CaseDesk(store, audit,
      new CaseNotifications(new CollectingNotificationPublisher(), (d, l) -> Set.of()), ServiceDirectory.standard());

  @Test
  void a_personal_tutor_sees_wellbeing_but_disability_is_redacted() {
    StudentView view = desk.viewStudent(personalTutorOfUg(), UG, Purpose.PASTORAL_SUPPORT).orElseThrow();

    assertThat(view.visibleNeeds()).containsExactly(ComplexNeed.WELLBEING_CONCERN);
    assertThat(view.withheldAreas()).containsExactly(RecordArea.DISABILITY_DETAILS);
    assertThat(view.complexNeedsText()).isEqualTo("WELLBEING_CONCERN, <redacted>");
  }

  @Test
  void the_disabilities_officer_sees_disability_and_not_wellbeing() {
    StudentView view = desk.viewStudent(disabilityOfficer(), UG, Purpose.DISABILITY_SUPPORT).orElseThrow();

    assertThat(view.complexNeedsText()).isEqualTo("DISABILITY_SUPPORT_PLAN, <redacted>");
  }

  @Test
  void the_view_to_string_never_shows_complex_needs() {
    StudentView view = desk.viewStudent(disabilityOfficer(), UG, Purpose.DISABILITY_SUPPORT).orElseThrow();

    assertThat(view.toString()).doesNotContain("DISABILITY_SUPPORT_PLAN").contains("visibleNeeds=<redacted>");
  }

  @Test
  void a_read_is_audited_with_who_what_purpose_and_rule() {
    AuditEntry entry = desk.viewStudent(personalTutorOfUg(), UG, Purpose.PASTORAL_SUPPORT).audit();

    assertThat(entry.record().actor()).isEqualTo("T0042");
    assertThat(entry.record().action()).isEqualTo(AuditAction.READ);
    assertThat(entry.record().subject())
        .isEqualTo("student record: PROFILE, WELLBEING_AND_CIRCUMSTANCES shown; DISABILITY_DETAILS withheld");
    assertThat(entry.record().purpose()).isEqualTo("PASTORAL_SUPPORT");
    assertThat(entry.record().rule()).isEqualTo("AR-7 PERSONAL_TUTOR_OWN_TUTEES");
    assertThat(entry.at()).isEqualTo(Instant.parse("2026-10-05T09:00:00Z"));
  }

  @Test
  void a_denied_read_returns_nothing_and_is_audited_as_denied() {
    DeskResult<StudentView> result = desk.viewStudent(viewer("T0099", org.seniortutorkit.staff.StaffRole.PERSONAL_TUTOR),
        UG, Purpose.PASTORAL_SUPPORT);

    assertThat(result.value()).isEmpty();
    assertThat(result.audit().record().action()).isEqualTo(AuditAction.DENIED);
    assertThatThrownBy(result::orElseThrow)
        .hasMessage("access denied (AR-0 DENY_BY_DEFAULT): T0099 is not the Personal Tutor of S1234567");
  }

  @Test
  void a_case_view_withholds_evidence_from_a_senior_tutor_but_shows_it_to_the_panel() {
    StudentCase claim = claim("C-0010", UG);

    CaseView forSeniorTutor = desk.viewCase(ugSeniorTutor(), UG, claim, Purpose.CASEWORK).orElseThrow();
    CaseView forPanel = desk.viewCase(panelMemberFromArts(claim.id()), UG, claim, Purpose.MITIGATION_PANEL)
        .orElseThrow();

    assertThat(forSeniorTutor.evidenceWithheld()).isTrue();
    assertThat(forSeniorTutor.studentCase().evidenceSummary()).isEmpty();
    assertThat(forPanel.evidenceWithheld()).isFalse();
    assertThat(forPanel.studentCase().evidenceSummary()).contains("GP letter: anxiety disorder");
    assertThat(forPanel.toString()).doesNotContain("anxiety").contains("evidenceSummary=<redacted>");
  }

  @Test
  void a_change_through_the_desk_is_applied_and_audited() {
    StudentCase concern = cases.open(CaseKind.CONCERN, UG, Actor.of("T0042", CaseRole.PERSONAL_TUTOR), DAY,
        b -> b.concernSource(ConcernSource.TUTOR));

    DeskResult<CaseView> result = desk.actOnCase(personalTutorOfUg(), UG, cases, concern.id(), CaseCommand.ESCALATE,
        CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY);

    assertThat(result.orElseThrow().studentCase().state()).isEqualTo(CaseState.ESCALATED);
    assertThat(result.audit().record().action()).isEqualTo(AuditAction.CHANGE);
    assertThat(result.audit().record().subject())
        .isEqualTo("case C-0001 RAISED -ESCALATE-> ESCALATED without evidence");
  }

  @Test
  void a_change_the_case_refuses_is_audited_as_denied_and_thrown() {
    StudentCase concern = cases.open(CaseKind.CONCERN, UG, Actor.of("T0042", CaseRole.PERSONAL_TUTOR), DAY,
        b -> b.concernSource(ConcernSource.TUTOR));

    assertThatThrownBy(() -> desk.actOnCase(personalTutorOfUg(), UG, cases, concern.id(), CaseCommand.DISMISS,
        CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY))
        .isInstanceOf(CaseCommandRejectedException.class);
    assertThat(audit.entries()).last().satisfies(e -> {
      assertThat(e.record().action()).isEqualTo(AuditAction.DENIED);
      assertThat(e.record().subject()).isEqualTo("case C-0001 DISMISS refused by the case");
    });
  }

  @Test
  void a_change_by_someone_without_access_is_not_applied() {
    StudentCase concern = cases.open(CaseKind.CONCERN, UG, Actor.of("T0042", CaseRole.PERSONAL_TUTOR), DAY,
        b -> b.concernSource(ConcernSource.TUTOR));

    DeskResult<CaseView> result = desk.actOnCase(viewer("T0099", org.seniortutorkit.staff.StaffRole.PERSONAL_TUTOR),
        UG, cases, concern.id(), CaseCommand.ESCALATE, CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY);

    assertThat(result.permitted()).isFalse();
    assertThat(cases.require(concern.id()).state()).isEqualTo(CaseState.RAISED);
  }

  @Test
  void a_personal_tutor_cannot_act_as_senior_tutor() {
    StudentCase concern = cases.open(CaseKind.CONCERN, UG, Actor.of("T0042", CaseRole.PERSONAL_TUTOR), DAY,
        b -> b.concernSource(ConcernSource.TUTOR));

    DeskResult<CaseView> result = desk.actOnCase(personalTutorOfUg(), UG, cases, concern.id(), CaseCommand.DISMISS,
        CaseRole.SENIOR_TUTOR, Purpose.PASTORAL_SUPPORT, DAY);

    assertThat(result.decision()).isEqualTo(new AccessDecision.Deny(
        "T0042 does not hold the case role SENIOR_TUTOR for student S1234567 and case C-0001",
        AccessRule.CASE_ROLE_HELD));
    assertThat(result.audit().record().action()).isEqualTo(AuditAction.DENIED);
    assertThat(cases.require(concern.id()).state()).isEqualTo(CaseState.RAISED);
  }

  @Test
  void a_panel_member_acts_only_on_their_panels_case() {
    StudentCase claim = cases.open(CaseKind.MITIGATING_CIRCUMSTANCES, UG, Actor.of("T0001", CaseRole.SENIOR_TUTOR),
        DAY, b -> b.addAffectedAssessments("CHEM101 exam"));
    cases.act(claim.id(), CaseCommand.SEND_TO_PANEL, Actor.of("T0001", CaseRole.SENIOR_TUTOR), DAY);

    DeskResult<CaseView> otherPanel = desk.actOnCase(panelMemberFromArts(org.seniortutorkit.kernel.CaseId.of("C-0099")),
        UG, cases, claim.id(), CaseCommand.UPHOLD, CaseRole.PANEL_MEMBER, Purpose.MITIGATION_PANEL, DAY);
    DeskResult<CaseView> ownPanel = desk.actOnCase(panelMemberFromArts(claim.id()), UG, cases, claim.id(),
        CaseCommand.UPHOLD, CaseRole.PANEL_MEMBER, Purpose.MITIGATION_PANEL, DAY);

    assertThat(otherPanel.permitted()).isFalse();
    assertThat(ownPanel.orElseThrow().studentCase().state()).isEqualTo(CaseState.UPHELD);
  }

  @Test
  void acting_on_a_claim_for_casework_does_not_hand_out_the_evidence_its_view_withholds() {
    StudentCase claim = desk.openCase(ugSeniorTutor(), UG, cases, CaseKind.MITIGATING_CIRCUMSTANCES,
        CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY,
        b -> b.addAffectedAssessments("CHEM101 exam").evidenceSummary("GP letter: anxiety disorder"))
        .orElseThrow().studentCase();

    DeskResult<CaseView> sent = desk.actOnCase(ugSeniorTutor(), UG, cases, claim.id(), CaseCommand.SEND_TO_PANEL,
        CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY);

    assertThat(claim.evidenceSummary()).isEmpty();
    assertThat(sent.orElseThrow().evidenceWithheld()).isTrue();
    assertThat(sent.orElseThrow().studentCase().evidenceSummary()).isEmpty();
    assertThat(sent.orElseThrow().studentCase().state()).isEqualTo(CaseState.WITH_PANEL);
    assertThat(sent.audit().record().subject()).endsWith("without evidence");
    // The evidence is still on file, for the panel: the desk shaped the view, it did not lose the data.
    assertThat(cases.require(claim.id()).evidenceSummary()).contains("GP letter: anxiety disorder");
  }

  @Test
  void the_panel_acting_for_the_panel_gets_the_evidence_and_the_entry_says_so() {
    StudentCase claim = desk.openCase(ugSeniorTutor(), UG, cases, CaseKind.MITIGATING_CIRCUMSTANCES,
        CaseRole.SENIOR_TUTOR, Purpose.CASEWORK, DAY,
        b -> b.addAffectedAssessments("CHEM101 exam").evidenceSummary("GP letter: anxiety disorder"))
        .orElseThrow().studentCase();
    desk.actOnCase(ugSeniorTutor(), UG, cases, claim.id(), CaseCommand.SEND_TO_PANEL, CaseRole.SENIOR_TUTOR,
        Purpose.CASEWORK, DAY);

    DeskResult<CaseView> upheld = desk.actOnCase(panelMemberFromArts(claim.id()), UG, cases, claim.id(),
        CaseCommand.UPHOLD, CaseRole.PANEL_MEMBER, Purpose.MITIGATION_PANEL, DAY);
    DeskResult<CaseView> pack = desk.viewCase(panelMemberFromArts(claim.id()), UG, cases, claim.id(),
        Purpose.MITIGATION_PANEL);

    assertThat(upheld.orElseThrow().evidenceWithheld()).isFalse();
    assertThat(upheld.orElseThrow().studentCase().evidenceSummary()).contains("GP letter: anxiety disorder");
    assertThat(upheld.audit().record().subject()).isEqualTo("case C-0001 WITH_PANEL -UPHOLD-> UPHELD with evidence");
    assertThat(upheld.audit().record().toString()).doesNotContain("anxiety");
    assertThat(pack.orElseThrow().studentCase().evidenceSummary()).contains("GP letter: anxiety disorder");
  }

  @Test
  void opening_a_case_is_audited_as_a_change() {
    DeskResult<CaseView> opened = desk.openCase(personalTutorOfUg(), UG, cases, CaseKind.CONCERN,
        CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY, b -> b.concernSource(ConcernSource.TUTOR));

    assertThat(opened.orElseThrow().studentCase().state()).isEqualTo(CaseState.RAISED);
    assertThat(opened.audit().record().subject()).isEqualTo("case C-0001 CONCERN opened in RAISED without evidence");
  }

  @Test
  void opening_a_case_about_a_student_one_may_not_see_is_denied() {
    DeskResult<CaseView> opened = desk.openCase(viewer("T0099", org.seniortutorkit.staff.StaffRole.PERSONAL_TUTOR),
        UG, cases, CaseKind.CONCERN, CaseRole.PERSONAL_TUTOR, Purpose.PASTORAL_SUPPORT, DAY,
        b -> b.concernSource(ConcernSource.TUTOR));

    assertThat(opened.permitted()).isFalse();
    assertThat(opened.audit().record().action()).isEqualTo(AuditAction.DENIED);
  }

  @Test
  void a_concern_from_a_monitoring_finding_is_audited_with_its_rule() {
    StudentCase concern = desk.openConcernFromFinding(UG, cases, attendanceFindingAbout(UG.id()), DAY, b -> b)
        .studentCase();

    assertThat(concern.findingRule()).contains(RuleId.of("MON-ATTENDANCE"));
    assertThat(audit.entries()).last().satisfies(e -> {
      assertThat(e.record().actor()).isEqualTo("monitoring");
      assertThat(e.record().rule()).isEqualTo("monitoring finding MON-ATTENDANCE");
    });
  }

  @Test
  void a_finding_about_another_student_opens_no_case_on_this_ones_file() {
    int entries = audit.entries().size();

    assertThatThrownBy(() -> desk.openConcernFromFinding(UG, cases, attendanceFindingAbout(StudentId.of("S9999999")),
        DAY, b -> b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the MON-ATTENDANCE finding is about S9999999, not student " + UG.id());
    assertThat(audit.entries()).hasSize(entries);
  }

  private static Finding attendanceFindingAbout(StudentId student) {
    return Finding.builder().ruleId(RuleId.of("MON-ATTENDANCE")).citation("Student Engagement Policy §2.2")
        .subject(Subject.student(student)).severity(Severity.MEDIUM).action(RecommendedAction.TUTOR_FOLLOW_UP)
        .outcome(FindingOutcome.CAUSE_FOR_CONCERN).explanation("attended 9 of 16 sessions, below 70%").build();
  }

  @Test
  void every_call_adds_one_entry_and_the_chain_stays_intact() {
    desk.viewStudent(personalTutorOfUg(), UG, Purpose.PASTORAL_SUPPORT);
    desk.viewStudent(ugSeniorTutor(), PG, Purpose.CASEWORK);
    desk.viewCase(ugSeniorTutor(), UG, claim("C-0010", UG), Purpose.CASEWORK);

    assertThat(audit.entries()).hasSize(3);
    assertThat(audit.verify().isIntact()).isTrue();
  }
}
