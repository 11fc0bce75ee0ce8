package org.seniortutorkit.casework;

/**
 * The capacity in which someone acts on a case. It is a role on the case, not a job title: a Senior Tutor
 * may also be someone's Personal Tutor, and the same person acts in whichever role the command needs.
 */
public enum CaseRole {
  PERSONAL_TUTOR,
  SENIOR_TUTOR,
  /** The contact of a support service a case was referred to. */
  SERVICE_CONTACT,
  DISABILITIES_OFFICER,
  /** A member of the Mitigation Advisory Panel. */
  PANEL_MEMBER,
  REGISTRY,
  /** The prize or scholarship committee. */
  AWARDS_COMMITTEE,
  STUDENT,
  /** An automated monitoring check (attendance, marks, meetings) acting through its finding. */
  MONITORING
}
