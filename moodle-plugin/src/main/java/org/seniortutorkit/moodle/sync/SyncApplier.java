package org.seniortutorkit.moodle.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.RoleAssignment;
import org.seniortutorkit.moodle.client.Warning;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.errors.MoodleRefusalException;
import org.seniortutorkit.progress.ProgressListener;

/**
 * Carries out a {@link SyncPlan} in batches, journalling each batch as intended before it is sent and as applied
 * (or failed) after Moodle answers. A Moodle batch is one transaction, so a refusal means none of its rows were
 * applied. The first failure stops the run with an {@link ApplyReport}; a crash leaves the journal telling the
 * next run exactly what is finished and what is in doubt.
 */
public final class SyncApplier {
  private final MoodleClient moodle;
  private final Journal journal;
  private final int batchSize;
  private final Clock clock;
  private final ProgressListener progress;

  public SyncApplier(MoodleClient moodle, Journal journal, int batchSize, Clock clock, ProgressListener progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize = " + batchSize + " must be positive");
    }
    this.moodle = moodle;
    this.journal = journal;
    this.batchSize = batchSize;
    this.clock = clock;
    this.progress = progress;
  }

  public ApplyReport apply(SyncPlan plan) {
    String run = UUID.randomUUID().toString();
    List<List<SyncOperation>> batches = batches(plan.operations());
    int total = plan.operations().size();
    int applied = 0;
    progress.advanced("operations", 0, total);
    for (List<SyncOperation> batch : batches) {
      journal.append(entries(run, JournalEntry.Phase.INTENDED, batch, null));
      try {
        send(batch);
      } catch (MoodleException failure) {
        int notAttempted = total - applied - batch.size();
        if (failure.isTransient()) {
          return new ApplyReport(applied, List.of(), Optional.of(failure.getMessage()), batch, notAttempted);
        }
        journal.append(entries(run, JournalEntry.Phase.FAILED, batch, failure.getMessage()));
        return new ApplyReport(applied, batch, Optional.of(failure.getMessage()), List.of(), notAttempted);
      }
      journal.append(entries(run, JournalEntry.Phase.APPLIED, batch, null));
      applied += batch.size();
      progress.advanced("operations", applied, total);
    }
    return new ApplyReport(applied, List.of(), Optional.empty(), List.of(), 0);
  }

  private void send(List<SyncOperation> batch) {
    SyncOperation.Kind kind = batch.get(0).kind();
    switch (kind) {
      case ASSIGN_ROLE -> moodle.assignRoles(roleRows(batch));
      case UNASSIGN_ROLE -> moodle.unassignRoles(roleRows(batch));
      case ADD_TO_COHORT -> refuseWarnings(moodle.addCohortMembers(byCohort(batch)));
      case REMOVE_FROM_COHORT -> moodle.deleteCohortMembers(byCohort(batch));
    }
  }

  /** Warning 3 ("already a member") is success for an idempotent add; the others mean rows were not added. */
  private static void refuseWarnings(List<Warning> warnings) {
    List<Warning> real = warnings.stream().filter(w -> !w.warningCode().equals("3")).toList();
    if (!real.isEmpty()) {
      throw new MoodleRefusalException("core_cohort_add_cohort_members", real.get(0).warningCode(),
          real.size() + " member(s) not added, first: warning " + real.get(0).warningCode() + " \""
              + real.get(0).message() + "\". Code 1: the cohort is not in a context the user may manage; "
              + "code 2: the cohort or user does not exist. Re-run apply after fixing: added rows are kept.");
    }
  }

  private static List<RoleAssignment> roleRows(List<SyncOperation> batch) {
    return batch.stream().map(op -> new RoleAssignment(op.roleId(), op.userId(), "user", op.targetId())).toList();
  }

  private static Map<Long, List<Long>> byCohort(List<SyncOperation> batch) {
    Map<Long, List<Long>> members = new LinkedHashMap<>();
    batch.forEach(op -> members.computeIfAbsent(op.targetId(), c -> new ArrayList<>()).add(op.userId()));
    return members;
  }

  private List<List<SyncOperation>> batches(List<SyncOperation> operations) {
    List<List<SyncOperation>> batches = new ArrayList<>();
    List<SyncOperation> current = new ArrayList<>();
    for (SyncOperation op : operations) {
      if (!current.isEmpty() && (current.size() == batchSize || current.get(0).kind() != op.kind())) {
        batches.add(List.copyOf(current));
        current.clear();
      }
      current.add(op);
    }
    if (!current.isEmpty()) {
      batches.add(List.copyOf(current));
    }
    return batches;
  }

  private List<JournalEntry> entries(String run, JournalEntry.Phase phase, List<SyncOperation> batch, String why) {
    return batch.stream().map(op -> {
      JournalEntry entry = JournalEntry.of(clock.instant(), run, phase, op);
      return why == null ? entry : entry.withDetail(why);
    }).toList();
  }
}
