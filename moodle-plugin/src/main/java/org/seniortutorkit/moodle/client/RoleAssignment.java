package org.seniortutorkit.moodle.client;

/**
 * One row of {@code core_role_assign_roles}/{@code core_role_unassign_roles}: {@code userId} holds {@code roleId}
 * in the context {@code contextLevel}/{@code instanceId}. A Personal Tutor is the tutor holding the tutor role in
 * the student's user context: see {@link #inUserContext}.
 */
public record RoleAssignment(long roleId, long userId, String contextLevel, long instanceId) {
  public RoleAssignment {
    if (roleId <= 0 || userId <= 0 || instanceId < 0) {
      throw new IllegalArgumentException("RoleAssignment ids must be positive: roleid=" + roleId + ", userid="
          + userId + ", instanceid=" + instanceId);
    }
  }

  /** {@code tutorUserId} gets {@code roleId} relative to the student with {@code studentUserId}. */
  public static RoleAssignment inUserContext(long roleId, long tutorUserId, long studentUserId) {
    return new RoleAssignment(roleId, tutorUserId, "user", studentUserId);
  }
}
