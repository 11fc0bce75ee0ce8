package org.seniortutorkit.examples.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.examples.embed.EmbedAllocation;
import org.seniortutorkit.examples.moodle.SyncWithMockMoodle;
import org.seniortutorkit.examples.persistence.KeepTheDeskInH2;
import org.seniortutorkit.examples.policy.TightenAttendanceThreshold;

/** Each runnable example runs to the end and prints what it promises. */
class RunnableExamplesTest {
  @TempDir
  Path folder;

  private static String run(Runnable example) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_embedding_example_allocates_and_explains() {
    String out = run(() -> EmbedAllocation.main(new String[0]));
    assertThat(out).contains("384 placed, 0 unplaced").contains(": satisfies TUTOR_ACTIVE")
        .contains("384 tutor assignments for 2026/27");
  }

  @Test
  void the_policy_example_shows_who_a_higher_threshold_would_flag() {
    String out = run(() -> TightenAttendanceThreshold.main(new String[0]));
    assertThat(out).containsPattern("newly flagged S\\d+ by MON-ATTENDANCE")
        .containsPattern("[1-9]\\d* newly flagged, \\d+ no longer flagged");
  }

  @Test
  void the_persistence_example_keeps_the_days_cases_and_audit_trail_in_h2_and_reads_them_back_intact() {
    DayAtTheDesk.Result inMemory = DayAtTheDesk.run();

    String out = run(() -> {
      try {
        KeepTheDeskInH2.main(new String[] {folder.toString()});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });

    assertThat(folder.resolve("senior-tutor-kit.mv.db")).exists();
    assertThat(out).contains("kept " + inMemory.cases().size() + " cases")
        .contains("Opened again: " + inMemory.cases().size() + " cases, "
            + inMemory.cases().stream().filter(c -> c.isOpen()).count() + " still open; "
            + inMemory.auditVerification().entriesChecked() + " audit entries; audit chain intact")
        .contains("Read back exactly as the day left them: true");
  }

  private String syncWithMockMoodle() {
    return run(() -> {
      try {
        SyncWithMockMoodle.main(new String[] {folder.toString()});
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void the_moodle_example_pulls_the_simulated_department_and_checks_it() {
    // 12 students, 3 staff, 4 courses of 2 grade items each per student, 3 attendance marks: the simulated site.
    // None has a tutor meeting on record, so the check flags each of the 12 for it.
    assertThat(syncWithMockMoodle())
        .contains("12 students, 3 staff, 4 courses, 48 grade items, 0 completion records, 3 attendance marks")
        .contains("Findings: 12 {LOW=12}").contains("MON-NO-TUTOR-MEETING");
  }

  @Test
  void the_moodle_example_applies_the_plan_once_and_the_second_apply_has_nothing_to_do() {
    assertThat(syncWithMockMoodle())
        .contains("Plan: 12 to add, 0 to remove, 0 unchanged")
        .contains("Apply: applied 12 operation(s); Moodle matches the plan")
        .containsSubsequence("5. Apply again", "Plan: 0 to add, 0 to remove, 12 unchanged",
            "Apply: applied 0 operation(s)")
        .contains("Moodle now holds 12 Personal Tutor role assignments.");
  }
}
