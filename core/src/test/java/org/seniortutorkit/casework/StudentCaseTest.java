package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.CaseId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.casework.CaseFixtures.OPENED;
import static org.seniortutorkit.casework.CaseFixtures.actorIn;
import static org.seniortutorkit.casework.CaseFixtures.inState;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.kernel.InvalidValueException;

class StudentCaseTest {
  private static final Actor TUTOR = Actor.of("T0042", CaseRole.PERSONAL_TUTOR);
  private static final Actor SENIOR_TUTOR = Actor.of("T0001", CaseRole.SENIOR_TUTOR);

  @Test
  void an_opened_case_is_in_its_initial_state_at_version_one_with_no_history() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    assertThat(concern.state()).isEqualTo(CaseState.RAISED);
    assertThat(concern.version()).isEqualTo(Version.of(1));
    assertThat(concern.history()).isEmpty();
    assertThat(concern.isOpen()).isTrue();
  }

  @Test
  void a_role_that_may_not_open_a_kind_is_refused_naming_the_openers() {
    assertThatThrownBy(() -> StudentCase.open(CaseKind.MITIGATING_CIRCUMSTANCES, CaseId.of("C-9"),
        Samples.student(), TUTOR, OPENED, b -> b.addAffectedAssessments("CHEM101 exam")))
        .isInstanceOf(CaseCommandRejectedException.class)
        .hasMessageContaining("in state (not opened) refused OPEN")
        .hasMessageContaining("a PERSONAL_TUTOR may not open a MITIGATING_CIRCUMSTANCES case")
        .satisfies(e -> assertThat(((CaseCommandRejectedException) e).rejection().state()).isEmpty());
  }

  @Test
  void a_concern_from_a_monitoring_finding_must_name_the_finding_rule() {
    assertThatThrownBy(() -> StudentCase.open(CaseKind.CONCERN, CaseId.of("C-9"), Samples.student(),
        Actor.of("monitoring:attendance", CaseRole.MONITORING), OPENED,
        b -> b.concernSource(ConcernSource.MONITORING_FINDING)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("StudentCase.findingRule = \"(absent)\" must name the monitoring rule");
  }

  @Test
  void a_referral_without_a_service_is_invalid() {
    assertThatThrownBy(() -> StudentCase.open(CaseKind.REFERRAL, CaseId.of("C-9"), Samples.student(),
        SENIOR_TUTOR, OPENED, b -> b))
        .hasMessageContaining("StudentCase.service = \"(absent)\" is required for a REFERRAL case");
  }

  @Test
  void a_refused_command_leaves_the_case_unchanged() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    CaseOutcome outcome = concern.apply(CaseCommand.UPHOLD, TUTOR, OPENED);

    assertThat(outcome).isInstanceOf(CaseOutcome.Rejected.class);
    assertThat(concern).isEqualTo(CaseFixtures.opened(CaseKind.CONCERN));
    assertThatThrownBy(outcome::orElseThrow).isInstanceOf(CaseCommandRejectedException.class)
        .hasMessage("Case C-0 (CONCERN) in state RAISED refused UPHOLD by T0042 as PERSONAL_TUTOR: "
            + "no UPHOLD transition from RAISED; allowed here: [ACKNOWLEDGE, ESCALATE, DISMISS]");
  }

  @Test
  void a_finished_case_says_no_command_is_allowed() {
    StudentCase closed = inState(CaseKind.CONCERN, CaseState.CLOSED);

    assertThat(closed.isOpen()).isFalse();
    assertThat(closed.apply(CaseCommand.ESCALATE, TUTOR, OPENED).rejection().orElseThrow().reason())
        .isEqualTo("no ESCALATE transition from CLOSED; allowed here: none (the case is finished)");
  }

  @Test
  void each_transition_adds_one_version_and_one_history_step_and_yields_its_event() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    CaseOutcome.Applied applied = (CaseOutcome.Applied) concern.apply(CaseCommand.ESCALATE, TUTOR, OPENED);

    assertThat(applied.after().version()).isEqualTo(Version.of(2));
    assertThat(applied.after().history()).hasSize(1);
    assertThat(applied.event().from()).contains(CaseState.RAISED);
    assertThat(applied.event().to()).isEqualTo(CaseState.ESCALATED);
    assertThat(applied.event().describe())
        .isEqualTo("2026-10-01 C-0 CONCERN (student S1234567) RAISED -ESCALATE-> ESCALATED by T0042 as PERSONAL_TUTOR");
  }

  @Test
  void a_command_dated_before_the_last_activity_is_refused() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    assertThat(concern.apply(CaseCommand.ESCALATE, TUTOR, OPENED.minusDays(1)).rejection().orElseThrow().reason())
        .isEqualTo("it is dated 2026-09-30, before the case's last activity on 2026-10-01");
  }

  @Test
  void a_nomination_cannot_be_submitted_after_its_deadline() {
    StudentCase ranked = inState(CaseKind.NOMINATION, CaseState.RANKED);

    Rejection rejection = ranked.apply(CaseCommand.SUBMIT, SENIOR_TUTOR, CaseFixtures.AFTER_DEADLINE)
        .rejection().orElseThrow();

    assertThat(rejection.state()).contains(CaseState.RANKED);
    assertThat(rejection.message()).contains("in state RANKED refused SUBMIT")
        .endsWith("the nomination deadline 2027-03-01 has passed (it is 2027-03-02)");
  }

  @Test
  void a_nomination_can_be_submitted_on_its_deadline_day() {
    StudentCase ranked = inState(CaseKind.NOMINATION, CaseState.RANKED);

    assertThat(ranked.applyOrThrow(CaseCommand.SUBMIT, SENIOR_TUTOR, CaseFixtures.DEADLINE).state())
        .isEqualTo(CaseState.SUBMITTED);
  }

  @Test
  void a_nomination_cannot_lapse_before_its_deadline() {
    StudentCase eligible = inState(CaseKind.NOMINATION, CaseState.ELIGIBLE);

    assertThat(eligible.apply(CaseCommand.LAPSE, actorIn(CaseRole.MONITORING), CaseFixtures.DEADLINE)
        .rejection().orElseThrow().reason())
        .isEqualTo("the nomination deadline 2027-03-01 has not passed yet (it is 2027-03-01)");
  }

  @Test
  void a_case_whose_state_disagrees_with_its_history_cannot_be_built() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    assertThatThrownBy(() -> concern.withState(CaseState.RESOLVED))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("StudentCase.state = RESOLVED must be RAISED as its history says");
  }

  @Test
  void a_history_the_machine_would_not_allow_cannot_be_forged() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);
    CaseStep forged = CaseStep.of(CaseState.RAISED, CaseCommand.DISMISS, CaseState.CLOSED, TUTOR, OPENED, Version.of(2));

    assertThatThrownBy(() -> StudentCase.builder().from(concern).addHistory(forged).version(Version.of(2))
        .state(CaseState.CLOSED).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("StudentCase.history = \"RAISED -DISMISS-> CLOSED by T0042 as PERSONAL_TUTOR\" "
            + "is not a transition a CONCERN case can make from RAISED");
  }

  @Test
  void a_case_cannot_be_in_a_state_its_kind_does_not_have() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    assertThatThrownBy(() -> concern.withState(CaseState.UPHELD))
        .hasMessage("StudentCase.state = UPHELD is not a state of a CONCERN case");
  }

  @Test
  void a_mitigating_circumstances_claim_goes_through_the_panel_to_its_outcome() {
    StudentCase claim = CaseFixtures.opened(CaseKind.MITIGATING_CIRCUMSTANCES)
        .applyOrThrow(CaseCommand.REQUEST_EVIDENCE, SENIOR_TUTOR, OPENED)
        .applyOrThrow(CaseCommand.PROVIDE_EVIDENCE, actorIn(CaseRole.STUDENT), OPENED.plusDays(5))
        .applyOrThrow(CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, OPENED.plusDays(6))
        .applyOrThrow(CaseCommand.UPHOLD, Actor.of("P0007", CaseRole.PANEL_MEMBER), OPENED.plusDays(20));

    assertThat(claim.state()).isEqualTo(CaseState.UPHELD);
    assertThat(claim.version()).isEqualTo(Version.of(5));
    assertThat(claim.isOpen()).isFalse();
  }

  @Test
  void a_case_is_never_at_version_none_the_version_of_what_is_not_stored_yet() {
    StudentCase concern = CaseFixtures.opened(CaseKind.CONCERN);

    assertThat(concern.version()).isEqualTo(Version.first());
    assertThatThrownBy(() -> concern.withVersion(Version.none()))
        .hasMessageContaining("StudentCase.version = none must be 1 after 0 transitions");
  }
}
