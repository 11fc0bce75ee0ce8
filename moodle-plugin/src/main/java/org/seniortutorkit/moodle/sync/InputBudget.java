package org.seniortutorkit.moodle.sync;

/**
 * How many operations fit in one POST to Moodle. PHP keeps only the first {@code max_input_vars} form variables
 * (1000 by default) and silently drops the rest, so an over-long batch reaches Moodle cut short: its last rows
 * are lost, or one is torn and Moodle answers "Missing parameters ...". Each call sends 3 fixed variables
 * (wstoken, wsfunction, moodlewsrestformat) and a fixed number per operation.
 *
 * @param maxInputVars the site's PHP {@code max_input_vars}
 */
public record InputBudget(int maxInputVars) {
  /** PHP's default {@code max_input_vars}. */
  public static final int PHP_DEFAULT_MAX_INPUT_VARS = 1000;

  /** wstoken, wsfunction and moodlewsrestformat. */
  static final int FIXED_VARIABLES = 3;

  public InputBudget {
    if (maxInputVars < FIXED_VARIABLES + 4) {
      throw new IllegalArgumentException("maxInputVars = " + maxInputVars + " leaves no room for one operation");
    }
  }

  public static InputBudget phpDefault() {
    return new InputBudget(PHP_DEFAULT_MAX_INPUT_VARS);
  }

  /** Variables one operation of {@code kind} sends. */
  static int variablesPer(SyncOperation.Kind kind) {
    return switch (kind) {
      // roleid, userid, contextlevel, instanceid
      case ASSIGN_ROLE, UNASSIGN_ROLE -> 4;
      // cohorttype[type], cohorttype[value], usertype[type], usertype[value]
      case ADD_TO_COHORT -> 4;
      // cohortid, userid
      case REMOVE_FROM_COHORT -> 2;
    };
  }

  /** The most operations of {@code kind} one call can carry without PHP dropping any. */
  public int operationsPerCall(SyncOperation.Kind kind) {
    return (maxInputVars - FIXED_VARIABLES) / variablesPer(kind);
  }

  /** The variables a call with {@code operations} operations of {@code kind} sends. */
  public static int variables(SyncOperation.Kind kind, int operations) {
    return FIXED_VARIABLES + operations * variablesPer(kind);
  }
}
