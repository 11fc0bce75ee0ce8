package org.seniortutorkit.moodle.client;

/**
 * The web-service functions this plugin calls, and whether repeating one is safe. Retrying is what makes a
 * flaky network survivable, so it is allowed exactly when a repeat cannot change the outcome: reads, and writes
 * Moodle applies idempotently (assigning an existing role assignment or cohort membership is a no-op).
 */
public enum MoodleFunction {
  GET_SITE_INFO("core_webservice_get_site_info", Safety.READ),
  GET_USERS_BY_FIELD("core_user_get_users_by_field", Safety.READ),
  GET_ENROLLED_USERS("core_enrol_get_enrolled_users", Safety.READ),
  GET_COURSES_BY_FIELD("core_course_get_courses_by_field", Safety.READ),
  GET_COHORTS("core_cohort_get_cohorts", Safety.READ),
  GET_COHORT_MEMBERS("core_cohort_get_cohort_members", Safety.READ),
  ADD_COHORT_MEMBERS("core_cohort_add_cohort_members", Safety.IDEMPOTENT_WRITE),
  DELETE_COHORT_MEMBERS("core_cohort_delete_cohort_members", Safety.IDEMPOTENT_WRITE),
  ASSIGN_ROLES("core_role_assign_roles", Safety.IDEMPOTENT_WRITE),
  UNASSIGN_ROLES("core_role_unassign_roles", Safety.IDEMPOTENT_WRITE),
  GET_GRADE_ITEMS("gradereport_user_get_grade_items", Safety.READ),
  GET_COURSE_COMPLETION_STATUS("core_completion_get_course_completion_status", Safety.READ),
  CREATE_NOTES("core_notes_create_notes", Safety.UNSAFE_WRITE),
  SEND_INSTANT_MESSAGES("core_message_send_instant_messages", Safety.UNSAFE_WRITE),
  GET_ATTENDANCE_SESSIONS("mod_attendance_get_sessions", Safety.READ);

  /** How a function behaves when repeated. */
  public enum Safety {
    READ,
    IDEMPOTENT_WRITE,
    /** A repeat would duplicate the effect (a second note, a second message): never retried. */
    UNSAFE_WRITE
  }

  private final String wsName;
  private final Safety safety;

  MoodleFunction(String wsName, Safety safety) {
    this.wsName = wsName;
    this.safety = safety;
  }

  /** The name Moodle knows, sent as {@code wsfunction}. */
  public String wsName() {
    return wsName;
  }

  public Safety safety() {
    return safety;
  }

  public boolean retryable() {
    return safety != Safety.UNSAFE_WRITE;
  }

  @Override
  public String toString() {
    return wsName;
  }
}
