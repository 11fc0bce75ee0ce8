package org.seniortutorkit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.audit.AuditFixtures.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  @Test
  void an_untouched_chain_is_intact() {
    assertThat(AuditChain.verify(chain(5)).summary()).isEqualTo("audit chain intact (5 entries)");
  }

  @Test
  void an_empty_chain_is_intact() {
    assertThat(AuditChain.verify(List.of()).isIntact()).isTrue();
  }

  @Test
  void the_first_entry_links_to_genesis_and_each_next_to_the_one_before() {
    List<AuditEntry> entries = chain(3);

    assertThat(entries.get(0).previousHash()).isEqualTo(AuditEntry.GENESIS);
    assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).sequence()).isEqualTo(3);
  }

  @Test
  void an_edited_entry_is_reported_as_edited_where_it_is() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    AuditEntry original = entries.get(2);
    entries.set(2, original.withRecord(original.record().withPurpose("REPORTING")));

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.EDITED);
    assertThat(result.position()).contains(2);
    assertThat(result.summary()).isEqualTo("audit chain broken: EDITED at position 2: entry 3 does not match its hash");
  }

  @Test
  void an_edit_with_its_hash_recomputed_is_caught_by_the_next_link() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    AuditEntry original = entries.get(1);
    entries.set(1, AuditEntry.chained(original.sequence(), original.at(), original.record().withActor("T9999"),
        original.previousHash()));

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.EDITED);
    assertThat(result.position()).contains(1);
  }

  @Test
  void a_removed_entry_is_reported_as_removed() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    entries.remove(2);

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.REMOVED);
    assertThat(result.explanation()).contains("entries 3 are missing before entry 4");
  }

  @Test
  void swapped_entries_are_reported_as_reordered() {
    List<AuditEntry> entries = new ArrayList<>(chain(5));
    Collections.swap(entries, 1, 3);

    ChainVerification result = AuditChain.verify(entries);

    assertThat(result.breakKind()).contains(ChainBreakKind.REORDERED);
    assertThat(result.position()).contains(1);
  }

  @Test
  void a_cut_off_tail_shows_only_against_a_head_hash_kept_elsewhere() {
    List<AuditEntry> entries = chain(5);
    String head = entries.get(4).hash();
    List<AuditEntry> truncated = entries.subList(0, 4);

    assertThat(AuditChain.verify(truncated).isIntact()).isTrue();
    assertThat(AuditChain.verify(truncated, head).breakKind()).contains(ChainBreakKind.REMOVED);
    assertThat(AuditChain.verify(entries, head).isIntact()).isTrue();
  }

  @Test
  void an_entry_with_a_malformed_hash_cannot_be_built() {
    AuditEntry entry = chain(1).get(0);

    assertThatThrownBy(() -> entry.withHash("abc"))
        .hasMessageContaining("AuditEntry.hash = \"abc\" must be 64 lower-case hex digits");
  }

  @Test
  void a_record_without_a_purpose_cannot_be_built() {
    assertThatThrownBy(() -> AuditFixtures.read("T0042", "S1").withPurpose(" "))
        .hasMessageContaining("AuditRecord.purpose = \" \" must not be blank");
  }
}
