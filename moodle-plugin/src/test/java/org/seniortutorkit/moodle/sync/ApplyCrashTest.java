package org.seniortutorkit.moodle.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.client.RetryPolicy;
import org.seniortutorkit.progress.ProgressListener;

/**
 * An apply interrupted half-way (a crash, a Moodle refusal, a network failure) and re-run finishes with every
 * desired assignment in Moodle, none duplicated, none lost, and nothing removed that the plugin did not create.
 */
class ApplyCrashTest {
  private static final long TUTOR_ROLE = 9;
  private final MockWebServer server = new MockWebServer();
  private final RoleAssigningMoodle moodle = new RoleAssigningMoodle();
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(moodle);
    server.start();
    client = MoodleStub.clientFor(server).retryPolicy(new RetryPolicy(2, Duration.ZERO, Duration.ZERO)).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** 25 students, tutors 1001..1005. */
  private static Set<SyncOperation> desired() {
    Set<SyncOperation> adds = new LinkedHashSet<>();
    for (long student = 1; student <= 25; student++) {
      adds.add(SyncOperation.assignTutor(TUTOR_ROLE, 1000 + (student % 5) + 1, student));
    }
    return adds;
  }

  private static Set<String> keys(Collection<SyncOperation> operations) {
    return operations.stream().map(SyncOperation::key).collect(Collectors.toSet());
  }

  private ApplyReport apply(Journal journal, Set<SyncOperation> desired) {
    SyncPlan plan = SyncPlanner.plan(desired, Ledger.of(journal));
    return new SyncApplier(client, journal, 4, Clock.systemUTC(), ProgressListener.none()).apply(plan);
  }

  private static Map<String, Long> countByRow(List<String> rows) {
    return rows.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  @Test
  void a_crash_after_moodle_applied_a_batch_but_before_the_journal_recorded_it_is_finished_by_a_rerun() {
    InMemoryJournal durable = new InMemoryJournal();
    // appends: INTENDED b1, APPLIED b1, INTENDED b2, APPLIED b2, INTENDED b3, <crash on APPLIED b3>
    Journal crashing = new CrashingJournal(durable, 6);
    assertThatThrownBy(() -> apply(crashing, desired())).isInstanceOf(CrashingJournal.Crash.class);
    assertThat(moodle.assignments).hasSize(12);
    Set<String> recordedInFirstRun = keys(Ledger.of(durable).created().values());
    assertThat(recordedInFirstRun).hasSize(8);
    assertThat(Ledger.of(durable).inDoubt()).hasSize(4);

    ApplyReport rerun = apply(durable, desired());

    assertThat(rerun.complete()).isTrue();
    assertThat(moodle.assignments).containsExactlyInAnyOrderElementsOf(keys(desired()));
    assertThat(keys(Ledger.of(durable).created().values())).isEqualTo(keys(desired()));
    Map<String, Long> sends = countByRow(moodle.appliedRows);
    sends.forEach((row, count) -> {
      String key = row.substring(row.indexOf(' ') + 1);
      assertThat(count).as(row).isEqualTo(recordedInFirstRun.contains(key) ? 1 : count);
      assertThat(count).as(row).isLessThanOrEqualTo(2);
    });
    assertThat(sends.values().stream().filter(c -> c == 2)).hasSize(4); // only the in-doubt batch was resent
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "crash on journal append {0}")
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
  void a_crash_at_any_journal_write_is_finished_by_a_rerun_without_loss_or_repeat_of_recorded_work(int crashAt) {
    InMemoryJournal durable = new InMemoryJournal();
    assertThatThrownBy(() -> apply(new CrashingJournal(durable, crashAt), desired()))
        .isInstanceOf(CrashingJournal.Crash.class);
    Set<String> recorded = keys(Ledger.of(durable).created().values());
    Set<String> inDoubt = Ledger.of(durable).inDoubt().keySet();

    assertThat(apply(durable, desired()).complete()).isTrue();

    assertThat(moodle.assignments).containsExactlyInAnyOrderElementsOf(keys(desired()));
    assertThat(keys(Ledger.of(durable).created().values())).isEqualTo(keys(desired()));
    countByRow(moodle.appliedRows).forEach((row, count) -> {
      String key = row.substring(row.indexOf(' ') + 1);
      assertThat(count).as(row).isEqualTo(inDoubt.contains(key) && !recorded.contains(key) ? count : 1);
      assertThat(count).as(row).isLessThanOrEqualTo(2);
    });
  }

  @Test
  void a_moodle_refusal_after_some_batches_stops_with_a_report_and_a_rerun_sends_only_the_rest() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.failWith(call -> call == 3 ? MoodleStub.moodleError("invalid_parameter_exception", "invalidparameter",
        "Can not assign roleid=9 in contextid=77") : null);

    ApplyReport first = apply(journal, desired());

    assertThat(first.complete()).isFalse();
    assertThat(first.applied()).isEqualTo(8);
    assertThat(first.failed()).hasSize(4);
    assertThat(first.notAttempted()).isEqualTo(13);
    assertThat(first.summary()).contains("Can not assign roleid=9").contains("run apply again");
    moodle.failWith(call -> null);

    ApplyReport second = apply(journal, desired());

    assertThat(second.complete()).isTrue();
    assertThat(second.applied()).isEqualTo(17);
    assertThat(countByRow(moodle.appliedRows).values()).allMatch(count -> count == 1);
    assertThat(moodle.assignments).containsExactlyInAnyOrderElementsOf(keys(desired()));
  }

  @Test
  void a_network_failure_mid_apply_leaves_the_batch_in_doubt_and_a_rerun_completes_it() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.failWith(call -> call == 2 || call == 3
        ? new MockResponse.Builder().code(503).body("").build() : null);

    ApplyReport first = apply(journal, desired());

    assertThat(first.inDoubt()).hasSize(4);
    assertThat(first.summary()).contains("in doubt: 4");
    moodle.failWith(call -> null);
    ApplyReport second = apply(journal, desired());
    assertThat(second.complete()).isTrue();
    assertThat(moodle.assignments).containsExactlyInAnyOrderElementsOf(keys(desired()));
    assertThat(countByRow(moodle.appliedRows).values()).allMatch(count -> count == 1);
  }

  @Test
  void a_garbled_answer_after_moodle_committed_leaves_the_batch_in_doubt_and_a_reallocation_ends_exact() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.garbleAfterCommit(call -> call == 2);

    ApplyReport first = apply(journal, desired());

    assertThat(first.failed()).as("a garbled answer is no refusal: Moodle may have committed").isEmpty();
    assertThat(first.inDoubt()).hasSize(4);
    assertThat(first.summary()).doesNotContain("Moodle matches the plan").contains("in doubt: 4");
    assertThat(moodle.assignments).hasSize(8); // batches 1 and 2 are in Moodle, whatever the answer said
    moodle.garbleAfterCommit(call -> false);

    Set<SyncOperation> reallocated = new LinkedHashSet<>();
    for (long student = 1; student <= 25; student++) {
      reallocated.add(SyncOperation.assignTutor(TUTOR_ROLE, 1000 + ((student + 2) % 5) + 1, student));
    }
    ApplyReport second = apply(journal, reallocated);

    assertThat(second.complete()).isTrue();
    assertThat(moodle.assignments).containsExactlyInAnyOrderElementsOf(keys(reallocated));
    assertThat(keys(Ledger.of(journal).created().values())).isEqualTo(keys(reallocated));
  }

  @Test
  void a_rerun_after_success_sends_nothing() {
    InMemoryJournal journal = new InMemoryJournal();
    apply(journal, desired());
    int calls = moodle.writeCalls();
    SyncPlan plan = SyncPlanner.plan(desired(), Ledger.of(journal));
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.unchanged()).isEqualTo(25);
    assertThat(apply(journal, desired()).applied()).isZero();
    assertThat(moodle.writeCalls()).isEqualTo(calls);
  }

  @Test
  void a_tutor_change_adds_the_new_tutor_then_removes_only_the_old_assignment_the_plugin_made() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.assignments.add("role:9/user:4242/usercontext:1"); // made by hand in Moodle
    apply(journal, Set.of(SyncOperation.assignTutor(TUTOR_ROLE, 1001, 1)));
    apply(journal, Set.of(SyncOperation.assignTutor(TUTOR_ROLE, 1002, 1)));
    assertThat(moodle.assignments).containsExactlyInAnyOrder(
        "role:9/user:4242/usercontext:1", "role:9/user:1002/usercontext:1");
    assertThat(moodle.appliedRows).containsExactly(
        "core_role_assign_roles role:9/user:1001/usercontext:1",
        "core_role_assign_roles role:9/user:1002/usercontext:1",
        "core_role_unassign_roles role:9/user:1001/usercontext:1");
  }

  @Test
  void an_empty_desired_set_on_a_fresh_journal_removes_nothing() {
    moodle.assignments.add("role:9/user:4242/usercontext:1");
    SyncPlan plan = SyncPlanner.plan(Set.of(), Ledger.of(new InMemoryJournal()));
    assertThat(plan.isEmpty()).isTrue();
  }

  @Test
  void tutor_cohort_memberships_are_added_and_already_a_member_counts_as_done() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.assignments.add("cohort:44/user:2");
    ApplyReport report = apply(journal, Set.of(SyncOperation.addToCohort(44, 1), SyncOperation.addToCohort(44, 2)));
    assertThat(report.complete()).isTrue();
    assertThat(moodle.assignments).contains("cohort:44/user:1", "cohort:44/user:2");
    assertThat(Ledger.of(journal).created()).hasSize(2);
  }

  @Test
  void a_membership_moodle_answered_as_added_but_does_not_hold_is_found_by_the_read_back_and_sent_again() {
    InMemoryJournal journal = new InMemoryJournal();
    moodle.silentlyLost = row -> row.equals("cohort:44/user:2");
    Set<SyncOperation> desired = Set.of(SyncOperation.addToCohort(44, 1), SyncOperation.addToCohort(44, 2));

    ApplyReport first = apply(journal, desired);

    assertThat(first.complete()).isFalse();
    assertThat(first.differsAfterApply()).containsExactly(SyncOperation.addToCohort(44, 2));
    assertThat(first.summary()).doesNotContain("Moodle matches the plan").contains("Moodle does not show 1");
    moodle.silentlyLost = row -> false;

    SyncPlan next = SyncPlanner.plan(desired, Ledger.of(journal));
    assertThat(next.toAdd()).containsExactly(SyncOperation.addToCohort(44, 2));
    assertThat(apply(journal, desired).complete()).isTrue();
    assertThat(moodle.assignments).contains("cohort:44/user:1", "cohort:44/user:2");
  }

  @Test
  void a_missing_tutor_cohort_is_a_refusal_that_names_the_warning() {
    ApplyReport report = apply(new InMemoryJournal(), Set.of(SyncOperation.addToCohort(404, 1)));
    assertThat(report.failed()).containsExactly(SyncOperation.addToCohort(404, 1));
    assertThat(report.summary()).contains("warning 2").contains("does not exist");
  }

  @Test
  void a_zero_batch_size_is_refused() {
    assertThatThrownBy(() -> new SyncApplier(client, new InMemoryJournal(), 0, Clock.systemUTC(), ProgressListener.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("batchSize = 0");
  }
}
