package org.seniortutorkit.moodle.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileJournalTest {
  @TempDir
  Path directory;

  private static final SyncOperation ASSIGN = SyncOperation.assignTutor(9, 5, 31);

  private static JournalEntry entry(JournalEntry.Phase phase) {
    return JournalEntry.of(Instant.parse("2026-11-29T10:00:00Z"), "run-1", phase, ASSIGN);
  }

  @Test
  void entries_round_trip_as_json_lines() throws Exception {
    FileJournal journal = new FileJournal(directory.resolve("j/moodle-journal.jsonl"));
    journal.append(List.of(entry(JournalEntry.Phase.INTENDED)));
    journal.append(List.of(entry(JournalEntry.Phase.APPLIED).withDetail("ok")));
    assertThat(journal.entries()).containsExactly(entry(JournalEntry.Phase.INTENDED),
        entry(JournalEntry.Phase.APPLIED).withDetail("ok"));
    assertThat(Files.readAllLines(journal.file())).hasSize(2).allMatch(line -> line.startsWith("{"));
  }

  @Test
  void a_missing_file_is_an_empty_journal() {
    assertThat(new FileJournal(directory.resolve("none.jsonl")).entries()).isEmpty();
  }

  @Test
  void a_torn_last_line_from_a_crash_is_ignored_and_dropped_before_the_next_append() throws Exception {
    FileJournal journal = new FileJournal(directory.resolve("moodle-journal.jsonl"));
    journal.append(List.of(entry(JournalEntry.Phase.INTENDED)));
    Files.writeString(journal.file(), "{\"at\":\"2026-11-29T10:00:00Z\",\"ru", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThat(journal.entries()).hasSize(1);
    journal.append(List.of(entry(JournalEntry.Phase.APPLIED)));
    assertThat(journal.entries()).containsExactly(entry(JournalEntry.Phase.INTENDED),
        entry(JournalEntry.Phase.APPLIED));
  }

  @Test
  void a_damaged_line_in_the_middle_stops_the_read_with_its_line_number() throws Exception {
    Path file = directory.resolve("moodle-journal.jsonl");
    Files.writeString(file, "not json\n{}\n");
    assertThatThrownBy(() -> new FileJournal(file).entries()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1").hasMessageContaining("do not delete it");
  }

  @Test
  void a_crash_between_runs_is_replayed_from_the_file_as_in_doubt() {
    FileJournal journal = new FileJournal(directory.resolve("moodle-journal.jsonl"));
    journal.append(List.of(entry(JournalEntry.Phase.INTENDED)));
    Ledger ledger = Ledger.of(new FileJournal(journal.file()));
    assertThat(ledger.inDoubt()).containsKey(ASSIGN.key());
    assertThat(ledger.created()).isEmpty();
  }
}
