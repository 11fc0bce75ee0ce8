package org.seniortutorkit.moodle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;
import org.seniortutorkit.progress.ProgressListener;

/** Applying tutor assignments to a simulated site with PHP's limits and Moodle's checks. */
class StrictSiteApplyTest {
  private static final long TUTOR_ROLE = 9;
  private final MockWebServer server = new MockWebServer();
  private final SimulatedDepartment moodle = new SimulatedDepartment(500, 5, 2, 1, 1, 0);
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(moodle);
    server.start();
    client = MoodleStub.clientFor(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Students 1..n, tutors 5001..5005. */
  private static Set<SyncOperation> tutees(int students, int shift) {
    Set<SyncOperation> adds = new LinkedHashSet<>();
    for (long s = 1; s <= students; s++) {
      adds.add(SyncOperation.assignTutor(TUTOR_ROLE, 5001 + (s + shift) % 5, 10000 + s));
    }
    return adds;
  }

  private static Set<String> keys(Set<SyncOperation> operations) {
    return operations.stream().map(SyncOperation::key).collect(Collectors.toSet());
  }

  private ApplyReport apply(Journal journal, Set<SyncOperation> desired, int batchSize, InputBudget budget) {
    SyncPlan plan = SyncPlanner.plan(desired, Ledger.of(journal));
    return new SyncApplier(client, journal, batchSize, budget, Clock.systemUTC(), ProgressListener.none())
        .apply(plan);
  }

  @Test
  void a_batch_of_500_on_a_site_with_the_php_default_of_1000_input_vars_is_split_and_lands_whole() {
    ApplyReport report = new SyncApplier(client, new InMemoryJournal(), 500, Clock.systemUTC(),
        ProgressListener.none()).apply(SyncPlanner.plan(tutees(500, 0), Ledger.of(new InMemoryJournal())));

    assertThat(report.complete()).as(report.summary()).isTrue();
    assertThat(moodle.roleAssignments()).isEqualTo(keys(tutees(500, 0)));
    assertThat(moodle.gate().refusals()).isEmpty();
    assertThat(moodle.callsTo("core_role_assign_roles")).isEqualTo(3); // 249 + 249 + 2
  }

  @Test
  void a_site_with_a_lower_max_input_vars_is_respected_when_told() {
    moodle.gate().maxInputVars(203);

    ApplyReport report = apply(new InMemoryJournal(), tutees(300, 0), 500, new InputBudget(203));

    assertThat(report.complete()).as(report.summary()).isTrue();
    assertThat(moodle.roleAssignments()).hasSize(300);
    assertThat(moodle.callsTo("core_role_assign_roles")).isEqualTo(6); // 50 per call
  }

  @Test
  void a_request_php_cut_short_is_refused_with_advice_naming_max_input_vars() {
    moodle.gate().maxInputVars(1000);

    ApplyReport report = apply(new InMemoryJournal(), tutees(300, 0), 300, new InputBudget(5000));

    assertThat(report.complete()).isFalse();
    assertThat(report.failure()).get().asString().contains("max_input_vars").contains("cut short");
    assertThat(moodle.roleAssignments()).isEmpty(); // one transaction: nothing of the torn batch is kept
  }

  @Test
  void with_site_debugging_off_the_advice_still_names_max_input_vars() {
    moodle.gate().maxInputVars(1000).debugging(false);

    ApplyReport report = apply(new InMemoryJournal(), tutees(300, 0), 300, new InputBudget(5000));

    assertThat(report.failure()).get().asString().contains("Invalid parameter value detected")
        .contains("max_input_vars").contains("tutorRoleId");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "site debugging {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void a_student_deleted_in_moodle_does_not_block_the_next_apply_and_the_report_says_so(boolean debugging) {
    InMemoryJournal journal = new InMemoryJournal();
    assertThat(apply(journal, tutees(6, 0), 50, InputBudget.phpDefault()).complete()).isTrue();
    moodle.deleteStudent(2);
    moodle.gate().debugging(debugging); // without debugging Moodle does not say "Context does not exist"

    Set<SyncOperation> reallocated = tutees(6, 1);
    reallocated.removeIf(op -> op.targetId() == 10002);
    ApplyReport report = apply(journal, reallocated, 50, InputBudget.phpDefault());

    assertThat(report.complete()).as(report.summary()).isTrue();
    assertThat(report.goneWithDeletedStudent()).extracting(SyncOperation::targetId).containsExactly(10002L);
    assertThat(report.summary()).contains("the student was deleted in Moodle").contains("Moodle matches the plan");
    assertThat(moodle.roleAssignments()).isEqualTo(keys(reallocated));
    assertThat(Ledger.of(journal).created().keySet()).isEqualTo(keys(reallocated));
    assertThat(apply(journal, reallocated, 50, InputBudget.phpDefault()).applied()).isZero();
  }
}
