package org.seniortutorkit.casework;

/**
 * Every state a case can be in. Which states a kind of case can actually reach, and how, is decided by that
 * kind's {@link StateMachine} (see {@link CaseStateMachines}); no kind uses all of them.
 */
public enum CaseState {
  RAISED,
  ACKNOWLEDGED,
  ESCALATED,
  UNDER_REVIEW,
  REFERRED,
  ACCEPTED_BY_SERVICE,
  DECLINED_BY_SERVICE,
  SUBMITTED,
  EVIDENCE_REQUESTED,
  WITH_PANEL,
  UPHELD,
  NOT_UPHELD,
  REQUESTED,
  COUNSELLED,
  WITH_REGISTRY,
  APPROVED,
  REFUSED,
  WITH_PERSONAL_TUTOR,
  DRAFTED,
  SENT,
  DECLINED,
  NOMINATED,
  ELIGIBLE,
  INELIGIBLE,
  RANKED,
  AWARDED,
  NOT_AWARDED,
  LAPSED,
  RESCINDED,
  RESOLVED,
  COMPLETED,
  CLOSED
}
