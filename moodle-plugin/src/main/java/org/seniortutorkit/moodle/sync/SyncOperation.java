package org.seniortutorkit.moodle.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One change the plugin makes in Moodle. A Personal Tutor assignment is {@link Kind#ASSIGN_ROLE} of the tutor
 * role to the tutor ({@code userId}) in the student's user context ({@code targetId} = student's Moodle id); a
 * tutor-group membership is {@link Kind#ADD_TO_COHORT} of the student ({@code userId}) to the tutor's cohort
 * ({@code targetId}). Each add has an opposite remove with the same {@link #key()}.
 */
public record SyncOperation(Kind kind, long roleId, long userId, long targetId) {

  /** What the operation does. */
  public enum Kind {
    ASSIGN_ROLE,
    UNASSIGN_ROLE,
    ADD_TO_COHORT,
    REMOVE_FROM_COHORT;

    public boolean adds() {
      return this == ASSIGN_ROLE || this == ADD_TO_COHORT;
    }
  }

  public static SyncOperation assignTutor(long tutorRoleId, long tutorUserId, long studentUserId) {
    return new SyncOperation(Kind.ASSIGN_ROLE, tutorRoleId, tutorUserId, studentUserId);
  }

  public static SyncOperation addToCohort(long cohortId, long studentUserId) {
    return new SyncOperation(Kind.ADD_TO_COHORT, 0, studentUserId, cohortId);
  }

  /** The thing changed, the same for an add and its remove: {@code role:9/user:5/usercontext:31}. */
  @JsonIgnore
  public String key() {
    return switch (kind) {
      case ASSIGN_ROLE, UNASSIGN_ROLE -> "role:" + roleId + "/user:" + userId + "/usercontext:" + targetId;
      case ADD_TO_COHORT, REMOVE_FROM_COHORT -> "cohort:" + targetId + "/user:" + userId;
    };
  }

  /** The operation that undoes this one. */
  public SyncOperation reversed() {
    Kind opposite = switch (kind) {
      case ASSIGN_ROLE -> Kind.UNASSIGN_ROLE;
      case UNASSIGN_ROLE -> Kind.ASSIGN_ROLE;
      case ADD_TO_COHORT -> Kind.REMOVE_FROM_COHORT;
      case REMOVE_FROM_COHORT -> Kind.ADD_TO_COHORT;
    };
    return new SyncOperation(opposite, roleId, userId, targetId);
  }

  @Override
  public String toString() {
    return kind + " " + key();
  }
}
