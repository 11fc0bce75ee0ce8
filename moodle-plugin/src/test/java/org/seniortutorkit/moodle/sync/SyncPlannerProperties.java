package org.seniortutorkit.moodle.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The plan is exactly the difference, and never touches what the plugin did not create. */
class SyncPlannerProperties {
  @Provide
  Arbitrary<Set<SyncOperation>> assignments() {
    return Arbitraries.longs().between(1, 6).flatMap(tutor -> Arbitraries.longs().between(1, 30)
        .map(student -> SyncOperation.assignTutor(9, tutor, student))).set().ofMaxSize(25);
  }

  private static InMemoryJournal appliedJournal(Set<SyncOperation> created) {
    InMemoryJournal journal = new InMemoryJournal();
    created.forEach(op -> journal.append(List.of(
        JournalEntry.of(Instant.EPOCH, "r", JournalEntry.Phase.INTENDED, op),
        JournalEntry.of(Instant.EPOCH, "r", JournalEntry.Phase.APPLIED, op))));
    return journal;
  }

  @Property
  void applying_the_plan_to_what_the_plugin_created_gives_exactly_the_desired_set(
      @ForAll("assignments") Set<SyncOperation> created, @ForAll("assignments") Set<SyncOperation> desired) {
    SyncPlan plan = SyncPlanner.plan(desired, Ledger.of(appliedJournal(created)));
    Set<SyncOperation> after = new HashSet<>(created);
    after.addAll(plan.toAdd());
    plan.toRemove().forEach(op -> after.remove(op.reversed()));
    assertThat(after).isEqualTo(desired);
    assertThat(plan.unchanged()).isEqualTo(desired.stream().filter(created::contains).count());
  }

  @Property
  void every_removal_undoes_an_add_the_plugin_made(
      @ForAll("assignments") Set<SyncOperation> created, @ForAll("assignments") Set<SyncOperation> desired) {
    SyncPlan plan = SyncPlanner.plan(desired, Ledger.of(appliedJournal(created)));
    Set<String> ours = created.stream().map(SyncOperation::key).collect(Collectors.toSet());
    assertThat(plan.toRemove()).allSatisfy(op -> {
      assertThat(op.kind()).isEqualTo(SyncOperation.Kind.UNASSIGN_ROLE);
      assertThat(ours).contains(op.key());
    });
  }

  @Property
  void a_plan_never_adds_what_already_matches(@ForAll("assignments") Set<SyncOperation> desired) {
    SyncPlan plan = SyncPlanner.plan(desired, Ledger.of(appliedJournal(desired)));
    assertThat(plan.isEmpty()).isTrue();
  }

  @Test
  void a_removal_cannot_be_desired() {
    assertThatThrownBy(() -> SyncPlanner.plan(Set.of(SyncOperation.assignTutor(9, 1, 2).reversed()),
        Ledger.of(new InMemoryJournal()))).hasMessageContaining("must be adds");
  }

  @Test
  void a_failed_operation_is_planned_again() {
    SyncOperation op = SyncOperation.assignTutor(9, 1, 2);
    InMemoryJournal journal = new InMemoryJournal();
    journal.append(List.of(JournalEntry.of(Instant.EPOCH, "r", JournalEntry.Phase.INTENDED, op),
        JournalEntry.of(Instant.EPOCH, "r", JournalEntry.Phase.FAILED, op)));
    assertThat(SyncPlanner.plan(Set.of(op), Ledger.of(journal)).toAdd()).containsExactly(op);
    assertThat(SyncPlanner.plan(Set.of(), Ledger.of(journal)).isEmpty()).isTrue();
  }
}
