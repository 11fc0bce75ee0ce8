package org.seniortutorkit.moodle.sync;

import java.util.List;

/**
 * The exact difference between what should be in Moodle and what the plugin has made there: {@code toApply}
 * (adds, then removes) and what already matches. Removes only ever undo the plugin's own adds.
 *
 * @param resent operations in doubt from an interrupted run that the plan sends again (they are idempotent)
 */
public record SyncPlan(List<SyncOperation> toAdd, List<SyncOperation> toRemove, int unchanged,
    List<SyncOperation> resent) {

  /** Adds first, so a tutor change never leaves a student with no tutor in between. */
  public List<SyncOperation> operations() {
    return java.util.stream.Stream.concat(toAdd.stream(), toRemove.stream()).toList();
  }

  public boolean isEmpty() {
    return toAdd.isEmpty() && toRemove.isEmpty();
  }

  /** One line for a terminal, e.g. "12 to add, 3 to remove, 1985 unchanged (2 resent after an interruption)". */
  public String summary() {
    return toAdd.size() + " to add, " + toRemove.size() + " to remove, " + unchanged + " unchanged"
        + (resent.isEmpty() ? "" : " (" + resent.size() + " resent after an interrupted apply)");
  }
}
