package org.seniortutorkit.casework;

/** What an actor asks a case to do. Whether it may, and by whom, is the kind's {@link StateMachine}'s call. */
public enum CaseCommand {
  ACKNOWLEDGE,
  ESCALATE,
  DISMISS,
  RESOLVE,
  REFER,
  ACCEPT,
  DECLINE,
  CLOSE,
  REQUEST_EVIDENCE,
  PROVIDE_EVIDENCE,
  SEND_TO_PANEL,
  UPHOLD,
  NOT_UPHOLD,
  COUNSEL,
  APPROVE,
  REFUSE,
  COMPLETE,
  RESCIND,
  ASK_PERSONAL_TUTOR,
  SUBMIT_DRAFT,
  SEND,
  CONFIRM_ELIGIBILITY,
  RULE_INELIGIBLE,
  RANK,
  SUBMIT,
  AWARD,
  NOT_AWARD,
  LAPSE
}
