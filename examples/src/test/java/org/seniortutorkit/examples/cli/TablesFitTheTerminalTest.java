package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every subcommand takes --width, and its tables wrap long text to fit it. */
class TablesFitTheTerminalTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path dir;

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** The output, less the line naming the JSON file: a path is as long as the folder it is in. */
  private List<String> lines() {
    return out.toString().lines().filter(line -> !line.startsWith("JSON report: ")).toList();
  }

  @Test
  void the_regulation_check_fits_80_columns() {
    run("check", "--sample", "--no-progress", "--width", "80", "--out", dir.resolve("r.json").toString());
    assertThat(lines()).hasSizeGreaterThan(20).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    assertThat(out.toString()).contains("MON-ATTENDANCE").contains("PANEL-SUPPORTIVE-ONLY");
  }

  @Test
  void the_state_machines_fit_80_columns() {
    assertThat(run("cases", "--width", "80")).isEqualTo(ExitCodes.OK);
    assertThat(lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
  }

  @Test
  void a_wider_terminal_gets_fewer_continuation_lines() {
    run("check", "--sample", "--no-progress", "--width", "80", "--out", dir.resolve("r.json").toString());
    int narrow = lines().size();
    out.getBuffer().setLength(0);
    run("check", "--sample", "--no-progress", "--width", "160", "--out", dir.resolve("r.json").toString());
    assertThat(lines().size()).isLessThan(narrow);
  }

  @Test
  void the_width_may_be_given_before_the_subcommand() {
    assertThat(run("--width", "72", "cases", "--kind", "REFERRAL")).isEqualTo(ExitCodes.OK);
    assertThat(lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(72));
  }

  @Test
  void a_width_too_narrow_for_any_table_is_bad_input() {
    assertThat(run("cases", "--width", "5")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("--width 5 is too narrow for a table: give at least 20");
  }
}
