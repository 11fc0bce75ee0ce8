package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
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
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("Department of Chemistry (CHEM)")
        .contains("Senior Tutors: UG ")
        .containsPattern("Students: \\d{3} ")
        .contains("postgraduate taught")
        .containsPattern("Personal tutors: 30 \\(\\d+ available");
  }

  @Test
  void demo_allocates_every_active_student_and_explains_a_choice() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .containsPattern("placed 384 students, 0 unplaced; continuity kept for \\d+ of \\d+ returning students")
        .contains("(none: workshop not yet completed)")
        .contains("(none: on leave)")
        .containsPattern("Why S\\d+ has .*: satisfies TUTOR_ACTIVE, WORKSHOP_COMPLETED");
  }

  @Test
  void demo_shows_a_day_at_the_desk_ending_with_an_intact_audit_chain() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString())
        .contains("A day at the Senior Tutor's desk")
        .contains("CONCERN")
        .containsPattern("audit chain intact \\(\\d+ entries\\)");
  }

  @Test
  void demo_runs_the_regulation_checks_with_citations() {
    assertThat(run("demo")).isZero();
    assertThat(out.toString()).containsPattern("Findings: \\d+").contains("MON-ATTENDANCE").contains("Policy §");
  }

  @Test
  void demo_never_prints_which_student_has_which_complex_need() {
    run("demo");
    assertThat(out.toString()).doesNotContain("DISABILITY_SUPPORT_PLAN").doesNotContain("WELLBEING_CONCERN");
  }

  @Test
  void an_unknown_command_is_a_usage_error() {
    assertThat(run("allocatee")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("Unmatched argument");
  }
}
