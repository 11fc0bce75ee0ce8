package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
  @TempDir
  Path dataDir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void demo_summarises_the_sample_department() {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(out.toString())
        .contains("Department of Chemistry (CHEM)")
        .contains("Senior Tutors: UG ")
        .containsPattern("Students: \\d{3} ")
        .contains("postgraduate taught")
        .containsPattern("Personal tutors: 30 \\(\\d+ available");
  }

  @Test
  void demo_allocates_every_active_student_and_explains_a_choice() {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(unwrapped())
        .containsPattern("placed 384 students, 0 unplaced; continuity kept for \\d+ of \\d+ returning students")
        .contains("(none: WORKSHOP_COMPLETED not met)")
        .contains("(none: TUTOR_ACTIVE not met)")
        .containsPattern("Why S\\d+ has .*: satisfies TUTOR_ACTIVE, WORKSHOP_COMPLETED");
  }

  @Test
  void demo_shows_a_day_at_the_desk_ending_with_an_intact_audit_chain() {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(out.toString())
        .contains("A day at the Senior Tutor's desk")
        .contains("CONCERN")
        .containsPattern("audit chain intact \\(\\d+ entries\\)");
  }

  @Test
  void demo_runs_the_regulation_checks_with_citations() {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(out.toString()).containsPattern("Findings: \\d+").contains("MON-ATTENDANCE").contains("Policy §");
  }

  @Test
  void demo_saves_the_department_and_allocation_to_embedded_h2_and_a_rerun_adds_nothing() {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(dataDir.resolve("senior-tutor-kit.mv.db")).exists();
    assertThat(unwrapped()).contains("394 students, 32 staff, 384 tutor assignments for 2026/27");
    out.getBuffer().setLength(0);
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(unwrapped()).contains("394 students, 32 staff, 384 tutor assignments for 2026/27");
  }

  @Test
  void every_line_of_the_demo_fits_the_terminal_width() {
    assertThat(run("--width", "80", "demo", "--data-dir", dataDir.toString())).isZero();

    assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  /** The output with line breaks and indents as single spaces: long lines wrap to the terminal's width. */
  private String unwrapped() {
    return out.toString().replaceAll("\\s+", " ");
  }

  @Test
  void demo_never_prints_which_student_has_which_complex_need() {
    run("demo", "--data-dir", dataDir.toString());
    assertThat(out.toString()).doesNotContain("DISABILITY_SUPPORT_PLAN").doesNotContain("WELLBEING_CONCERN");
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertThat(run("allocatee")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
