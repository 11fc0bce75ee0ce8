package org.seniortutorkit.moodle.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.seniortutorkit.moodle.client.CohortMembers;
import org.seniortutorkit.moodle.client.MoodleClient;

/**
 * Reads back from Moodle what an apply changed, where Moodle lets it be read: cohort memberships, with
 * {@code core_cohort_get_cohort_members}. A write can land short of what was sent without any error (PHP dropping
 * whole rows past {@code max_input_vars}, a plugin hook undoing it), so "Moodle matches the plan" is said only
 * after Moodle shows it. Role assignments in user contexts cannot be read back: core Moodle has no web service
 * listing them; they rely on the journal and on assignment being idempotent.
 */
final class ReadBack {
  private ReadBack() {}

  /** The operations whose effect Moodle does not show: adds not held, removes still held. */
  static List<SyncOperation> differences(MoodleClient moodle, List<SyncOperation> operations) {
    List<SyncOperation> cohortOps = operations.stream().filter(op -> op.kind() == SyncOperation.Kind.ADD_TO_COHORT
        || op.kind() == SyncOperation.Kind.REMOVE_FROM_COHORT).toList();
    if (cohortOps.isEmpty()) {
      return List.of();
    }
    List<Long> cohorts = cohortOps.stream().map(SyncOperation::targetId).distinct().toList();
    Set<String> held = new HashSet<>();
    for (CohortMembers members : moodle.cohortMembers(cohorts)) {
      members.userIds().forEach(user -> held.add("cohort:" + members.cohortId() + "/user:" + user));
    }
    List<SyncOperation> differences = new ArrayList<>();
    for (SyncOperation op : cohortOps) {
      if (op.kind().adds() != held.contains(op.key())) {
        differences.add(op);
      }
    }
    return List.copyOf(differences);
  }
}
