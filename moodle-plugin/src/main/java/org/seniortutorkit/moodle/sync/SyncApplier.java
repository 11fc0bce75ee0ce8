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
import org.seniortutorkit.moodle.errors.InvalidParameterException;
import org.seniortutorkit.moodle.errors.MalformedResponseException;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.errors.MoodleRefusalException;
import org.seniortutorkit.progress.ProgressListener;

/**
 * Carries out a {@link SyncPlan} in batches, journalling each batch as intended before it is sent and as applied
 * (or failed) after Moodle answers. A Moodle batch is one transaction, so a refusal means none of its rows were
 * applied. The first failure stops the run with an {@link ApplyReport}; a crash leaves the journal telling the
 * next run exactly what is finished and what is in doubt.
 *
 * <p>A batch never holds more operations than the site's {@code max_input_vars} allows ({@link InputBudget}).
 * An answer that does not say what Moodle did (a lost connection, a timeout, a garbled body) leaves the batch in
 * doubt, never "refused": Moodle may have committed it, and the next plan must send it again (it is idempotent)
 * or undo it. Unassigning in the user context of a student Moodle has deleted is answered "Context does not
 * exist": that assignment went with the student, so it counts as removed and the report says so.
 */
public final class SyncApplier {
  private final MoodleClient moodle;
  private final Journal journal;
  private final int batchSize;
  private final InputBudget budget;
  private final Clock clock;
  private final ProgressListener progress;

  /** For a site with PHP's default {@code max_input_vars} of 1000. */
  public SyncApplier(MoodleClient moodle, Journal journal, int batchSize, Clock clock, ProgressListener progress) {
    this(moodle, journal, batchSize, InputBudget.phpDefault(), clock, progress);
  }

  /** {@code batchSize} is an upper bound: a batch is also cut to what {@code budget} lets one POST carry. */
  public SyncApplier(MoodleClient moodle, Journal journal, int batchSize, InputBudget budget, Clock clock,
      ProgressListener progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize = " + batchSize + " must be positive");
    }
    this.moodle = moodle;
    this.journal = journal;
    this.batchSize = batchSize;
    this.budget = budget;
    this.clock = clock;
    this.progress = progress;
  }

  public ApplyReport apply(SyncPlan plan) {
    String run = UUID.randomUUID().toString();
    List<List<SyncOperation>> batches = batches(plan.operations());
    int total = plan.operations().size();
    int applied = 0;
    List<SyncOperation> goneWithUser = new ArrayList<>();
    progress.advanced("operations", 0, total);
    for (List<SyncOperation> batch : batches) {
      journal.append(entries(run, JournalEntry.Phase.INTENDED, batch, null));
      List<SyncOperation> toSend = batch;
      try {
        try {
          send(toSend);
        } catch (InvalidParameterException refused) {
          List<SyncOperation> gone = goneWithDeletedStudent(toSend, refused);
          if (gone.isEmpty()) {
            throw refused;
          }
          journal.append(entries(run, JournalEntry.Phase.APPLIED, gone, GONE_WITH_USER));
          goneWithUser.addAll(gone);
          applied += gone.size();
          toSend = toSend.stream().filter(op -> !gone.contains(op)).toList();
          if (!toSend.isEmpty()) {
            send(toSend);
          }
        }
      } catch (MoodleException failure) {
        int notAttempted = total - applied - toSend.size();
        if (outcomeUnknown(failure)) {
          return new ApplyReport(applied, List.of(), Optional.of(failure.getMessage()), toSend, notAttempted,
              goneWithUser, List.of());
        }
        journal.append(entries(run, JournalEntry.Phase.FAILED, toSend, failure.getMessage()));
        return new ApplyReport(applied, toSend, Optional.of(failure.getMessage()), List.of(), notAttempted,
            goneWithUser, List.of());
      }
      journal.append(entries(run, JournalEntry.Phase.APPLIED, toSend, null));
      applied += toSend.size();
      progress.advanced("operations", applied, total);
    }
    return readBack(run, plan, applied, goneWithUser);
  }

  /**
   * Checks what Moodle shows against the plan. An operation Moodle does not show is journalled as intended
   * again, so it is in doubt and the next plan sends it again; a read that fails leaves the report incomplete.
   */
  private ApplyReport readBack(String run, SyncPlan plan, int applied, List<SyncOperation> goneWithUser) {
    List<SyncOperation> differences;
    try {
      differences = ReadBack.differences(moodle, plan.operations());
    } catch (MoodleException failure) {
      return new ApplyReport(applied, List.of(), Optional.of("applied, but reading the result back failed: "
          + failure.getMessage()), List.of(), 0, goneWithUser, List.of());
    }
    if (!differences.isEmpty()) {
      journal.append(entries(run, JournalEntry.Phase.INTENDED, differences, "Moodle did not show it after apply"));
    }
    return new ApplyReport(applied, List.of(), Optional.empty(), List.of(), 0, goneWithUser, differences);
  }

  static final String GONE_WITH_USER = "the student was deleted in Moodle and the assignment with their user "
      + "context: counted as removed";

  /**
   * A transient failure, or an answer that is not what Moodle documents (e.g. garbled by a proxy or a PHP notice
   * printed after the commit): either way Moodle may have applied the batch, so it is in doubt, not refused.
   */
  private static boolean outcomeUnknown(MoodleException failure) {
    return failure.isTransient() || failure instanceof MalformedResponseException;
  }

  /**
   * The unassignments in {@code batch} whose student no longer exists in Moodle. Moodle answers them "Context
   * does not exist", but only in {@code debuginfo}, which a site with debugging off leaves out; so the students
   * are looked up, and those Moodle no longer returns are gone.
   */
  private List<SyncOperation> goneWithDeletedStudent(List<SyncOperation> batch, InvalidParameterException refused) {
    if (batch.get(0).kind() != SyncOperation.Kind.UNASSIGN_ROLE) {
      return List.of();
    }
    String said = refused.getMessage();
    if (said.contains("detected\" (") && !said.contains("Context does not exist")) {
      return List.of(); // debugging is on and names another cause: not a deleted student
    }
    List<Long> students = batch.stream().map(SyncOperation::targetId).distinct().toList();
    java.util.Set<Long> existing = new java.util.HashSet<>();
    moodle.usersByField("id", students).forEach(user -> existing.add(user.id()));
    return batch.stream().filter(op -> !existing.contains(op.targetId())).toList();
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
      if (!current.isEmpty() && (current.size() == limit(current.get(0).kind())
          || current.get(0).kind() != op.kind())) {
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

  /** The configured batch size, cut to what one POST can carry under {@code max_input_vars}. */
  int limit(SyncOperation.Kind kind) {
    return Math.min(batchSize, budget.operationsPerCall(kind));
  }

  private List<JournalEntry> entries(String run, JournalEntry.Phase phase, List<SyncOperation> batch, String why) {
    return batch.stream().map(op -> {
      JournalEntry entry = JournalEntry.of(clock.instant(), run, phase, op);
      return why == null ? entry : entry.withDetail(why);
    }).toList();
  }
}
