package org.seniortutorkit.casework;

/** The kinds of case a Senior Tutor's desk handles; each has its own state machine. */
public enum CaseKind {
  /** A cause for concern, raised by a tutor or by a monitoring finding. */
  CONCERN,
  /** A concern escalated to the Senior Tutor. */
  ESCALATION,
  /** A referral to a support service in the {@link ServiceDirectory}. */
  REFERRAL,
  /** A mitigating-circumstances claim, decided by the Mitigation Advisory Panel. */
  MITIGATING_CIRCUMSTANCES,
  WITHDRAWAL,
  /** A transfer to or from another department. */
  TRANSFER,
  /** A request for a reference, written with the student's Personal Tutor. */
  REFERENCE_REQUEST,
  /** A prize or scholarship nomination: eligibility, ranking, deadline. */
  NOMINATION;

  /** The state machine that governs cases of this kind. */
  public StateMachine machine() {
    return CaseStateMachines.forKind(this);
  }
}
