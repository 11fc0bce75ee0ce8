package org.seniortutorkit.casework;

import static org.seniortutorkit.casework.CaseCommand.*;
import static org.seniortutorkit.casework.CaseRole.*;
import static org.seniortutorkit.casework.CaseState.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * The transition table of every kind of case, one method per kind, so that the rules of a kind are read (and
 * reviewed against the regulations) in one place. {@code docs/casework.md} shows the same tables as diagrams.
 */
public final class CaseStateMachines {
  private static final Map<CaseKind, StateMachine> MACHINES = new EnumMap<>(CaseKind.class);

  static {
    MACHINES.put(CaseKind.CONCERN, concern());
    MACHINES.put(CaseKind.ESCALATION, escalation());
    MACHINES.put(CaseKind.REFERRAL, referral());
    MACHINES.put(CaseKind.MITIGATING_CIRCUMSTANCES, mitigatingCircumstances());
    MACHINES.put(CaseKind.WITHDRAWAL, withdrawal());
    MACHINES.put(CaseKind.TRANSFER, transfer());
    MACHINES.put(CaseKind.REFERENCE_REQUEST, referenceRequest());
    MACHINES.put(CaseKind.NOMINATION, nomination());
  }

  private CaseStateMachines() {}

  public static StateMachine forKind(CaseKind kind) {
    return MACHINES.get(kind);
  }

  /** A cause for concern: the tutor acknowledges and resolves it, or it goes to the Senior Tutor. */
  static StateMachine concern() {
    return StateMachine.of(CaseKind.CONCERN, RAISED, PERSONAL_TUTOR, SENIOR_TUTOR, MONITORING)
        .on(RAISED, ACKNOWLEDGE, ACKNOWLEDGED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(RAISED, ESCALATE, ESCALATED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(RAISED, DISMISS, CLOSED, SENIOR_TUTOR)
        .on(ACKNOWLEDGED, ESCALATE, ESCALATED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(ACKNOWLEDGED, RESOLVE, RESOLVED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(ESCALATED, CLOSE, CLOSED, SENIOR_TUTOR)
        .build();
  }

  /** An escalation: the Senior Tutor reviews, then resolves it or refers the student to a service. */
  static StateMachine escalation() {
    return StateMachine.of(CaseKind.ESCALATION, RAISED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(RAISED, ACKNOWLEDGE, UNDER_REVIEW, SENIOR_TUTOR)
        .on(UNDER_REVIEW, REFER, REFERRED, SENIOR_TUTOR)
        .on(UNDER_REVIEW, RESOLVE, RESOLVED, SENIOR_TUTOR)
        .on(REFERRED, CLOSE, CLOSED, SENIOR_TUTOR)
        .build();
  }

  /** A referral: the service accepts or declines; either way the case is closed when done. */
  static StateMachine referral() {
    return StateMachine.of(CaseKind.REFERRAL, REFERRED, SENIOR_TUTOR, DISABILITIES_OFFICER)
        .on(REFERRED, ACCEPT, ACCEPTED_BY_SERVICE, SERVICE_CONTACT)
        .on(REFERRED, DECLINE, DECLINED_BY_SERVICE, SERVICE_CONTACT)
        .on(ACCEPTED_BY_SERVICE, CLOSE, CLOSED, SERVICE_CONTACT, SENIOR_TUTOR)
        .on(DECLINED_BY_SERVICE, CLOSE, CLOSED, SENIOR_TUTOR)
        .build();
  }

  /** A mitigating-circumstances claim: evidence, then the Mitigation Advisory Panel's outcome. */
  static StateMachine mitigatingCircumstances() {
    return StateMachine.of(CaseKind.MITIGATING_CIRCUMSTANCES, SUBMITTED, STUDENT, SENIOR_TUTOR)
        .on(SUBMITTED, REQUEST_EVIDENCE, EVIDENCE_REQUESTED, SENIOR_TUTOR)
        .on(EVIDENCE_REQUESTED, PROVIDE_EVIDENCE, SUBMITTED, STUDENT, SENIOR_TUTOR)
        .on(SUBMITTED, SEND_TO_PANEL, WITH_PANEL, SENIOR_TUTOR)
        .on(SUBMITTED, RESCIND, RESCINDED, STUDENT)
        .on(WITH_PANEL, UPHOLD, UPHELD, PANEL_MEMBER)
        .on(WITH_PANEL, NOT_UPHOLD, NOT_UPHELD, PANEL_MEMBER)
        .build();
  }

  /** A withdrawal: the Senior Tutor talks it through with the student before Registry completes it. */
  static StateMachine withdrawal() {
    return StateMachine.of(CaseKind.WITHDRAWAL, REQUESTED, STUDENT, SENIOR_TUTOR)
        .on(REQUESTED, COUNSEL, COUNSELLED, SENIOR_TUTOR)
        .on(REQUESTED, RESCIND, RESCINDED, STUDENT, SENIOR_TUTOR)
        .on(COUNSELLED, APPROVE, WITH_REGISTRY, SENIOR_TUTOR)
        .on(COUNSELLED, RESCIND, RESCINDED, STUDENT, SENIOR_TUTOR)
        .on(WITH_REGISTRY, COMPLETE, COMPLETED, REGISTRY)
        .build();
  }

  /** A transfer to or from another department: the Senior Tutor decides, Registry completes. */
  static StateMachine transfer() {
    return StateMachine.of(CaseKind.TRANSFER, REQUESTED, STUDENT, SENIOR_TUTOR)
        .on(REQUESTED, APPROVE, APPROVED, SENIOR_TUTOR)
        .on(REQUESTED, REFUSE, REFUSED, SENIOR_TUTOR)
        .on(APPROVED, COMPLETE, COMPLETED, REGISTRY)
        .build();
  }

  /** A reference request: the Senior Tutor liaises with the Personal Tutor, who drafts it. */
  static StateMachine referenceRequest() {
    return StateMachine.of(CaseKind.REFERENCE_REQUEST, REQUESTED, STUDENT, SENIOR_TUTOR)
        .on(REQUESTED, ASK_PERSONAL_TUTOR, WITH_PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(REQUESTED, DECLINE, DECLINED, SENIOR_TUTOR)
        .on(WITH_PERSONAL_TUTOR, SUBMIT_DRAFT, DRAFTED, PERSONAL_TUTOR)
        .on(WITH_PERSONAL_TUTOR, DECLINE, DECLINED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(DRAFTED, SEND, SENT, SENIOR_TUTOR)
        .build();
  }

  /**
   * A prize or scholarship nomination: eligibility, ranking, then submission by the deadline (a guard in
   * {@link StudentCase#apply}); a nomination not submitted in time lapses.
   */
  static StateMachine nomination() {
    return StateMachine.of(CaseKind.NOMINATION, NOMINATED, PERSONAL_TUTOR, SENIOR_TUTOR)
        .on(NOMINATED, CONFIRM_ELIGIBILITY, ELIGIBLE, SENIOR_TUTOR)
        .on(NOMINATED, RULE_INELIGIBLE, INELIGIBLE, SENIOR_TUTOR)
        .on(NOMINATED, LAPSE, LAPSED, SENIOR_TUTOR, MONITORING)
        .on(ELIGIBLE, RANK, RANKED, SENIOR_TUTOR)
        .on(ELIGIBLE, LAPSE, LAPSED, SENIOR_TUTOR, MONITORING)
        .on(RANKED, SUBMIT, SUBMITTED, SENIOR_TUTOR)
        .on(RANKED, LAPSE, LAPSED, SENIOR_TUTOR, MONITORING)
        .on(SUBMITTED, AWARD, AWARDED, AWARDS_COMMITTEE)
        .on(SUBMITTED, NOT_AWARD, NOT_AWARDED, AWARDS_COMMITTEE)
        .build();
  }
}
