package org.seniortutorkit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any single edit, removal or reordering of any entries is detected, and reported as what it is. */
class AuditChainProperties {

  @Property(tries = 200)
  void any_edit_of_any_entry_is_detected(@ForAll @IntRange(min = 1, max = 30) int size,
      @ForAll @IntRange(min = 0, max = 29) int at, @ForAll("fields") String field) {
    Assume.that(at < size);
    List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(size));
    entries.set(at, edit(entries.get(at), field));

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.EDITED);
    assertThat(result.position()).contains(at);
  }

  @Property(tries = 200)
  void any_removal_except_of_the_last_entry_is_detected(@ForAll @IntRange(min = 2, max = 30) int size,
      @ForAll @IntRange(min = 0, max = 28) int at) {
    Assume.that(at < size - 1);
    List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(size));
    entries.remove(at);

    assertThat(AuditChain.verify(entries).breakKind()).contains(ChainBreakKind.REMOVED);
  }

  @Property(tries = 200)
  void any_swap_of_two_entries_is_detected(@ForAll @IntRange(min = 2, max = 30) int size,
      @ForAll @IntRange(min = 0, max = 29) int i, @ForAll @IntRange(min = 0, max = 29) int j) {
    Assume.that(i < size && j < size && i != j);
    List<AuditEntry> entries = new ArrayList<>(AuditFixtures.chain(size));
    Collections.swap(entries, i, j);

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.REORDERED);
    assertThat(result.position()).contains(Math.min(i, j));
  }

  @Property(tries = 100)
  void an_untouched_chain_of_any_length_is_intact(@ForAll @IntRange(min = 0, max = 50) int size) {
    assertThat(AuditChain.verify(AuditFixtures.chain(size)).isIntact()).isTrue();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> fields() {
    return net.jqwik.api.Arbitraries.of("actor", "student", "subject", "purpose", "rule", "at", "sequence");
  }

  private static AuditEntry edit(AuditEntry entry, String field) {
    AuditRecord r = entry.record();
    return switch (field) {
      case "actor" -> entry.withRecord(r.withActor(r.actor() + "x"));
      case "student" -> entry.withRecord(r.withStudent(org.seniortutorkit.kernel.StudentId.of("S999")));
      case "subject" -> entry.withRecord(r.withSubject("student record: all shown"));
      case "purpose" -> entry.withRecord(r.withPurpose("REPORTING"));
      case "rule" -> entry.withRecord(r.withRule("AR-6 SENIOR_TUTOR_DEPARTMENT_LEVEL"));
      case "at" -> entry.withAt(entry.at().plusSeconds(1));
      default -> entry.withSequence(entry.sequence() + 100);
    };
  }
}
