package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.examples.desk.DayAtTheDesk;
import org.seniortutorkit.regulation.StudentRecords;
import picocli.CommandLine;

class DeskCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void cases_prints_a_kinds_transition_table() {
    assertThat(run("cases", "--kind", "REFERRAL")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString())
        .contains("REFERRAL: starts in REFERRED, opened by DISABILITIES_OFFICER, SENIOR_TUTOR")
        .contains("ACCEPTED_BY_SERVICE");
  }

  @Test
  void cases_day_runs_the_sample_day() {
    assertThat(run("cases", "--day")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("audit chain intact");
  }

  @Test
  void an_unknown_kind_is_a_usage_error() {
    assertThat(run("cases", "--kind", "APPEAL")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("APPEAL");
  }

  @Test
  void report_writes_open_cases_as_csv() {
    assertThat(run("report", "open-cases")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).startsWith("kind,age_band,open_cases,oldest_days\r\n")
        .contains("REFERRAL,0-7 days,1,0");
  }

  @Test
  void report_writes_caseload_as_json() {
    assertThat(run("report", "caseload", "--format", "json")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("\"report\" : \"tutor-caseload\"").contains("\"compliance_percent\"");
  }

  @Test
  void report_caseload_lists_the_sample_departments_tutors_from_its_records() {
    StudentRecords records = SampleFolder.open().read(Optional.of(DayAtTheDesk.DAY), DayAtTheDesk.DAY);
    Set<String> tutors = records.assignments().stream().map(a -> a.tutor().value()).collect(Collectors.toSet());

    assertThat(run("report", "caseload")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
        .containsExactlyInAnyOrderElementsOf(tutors);
  }

  @Test
  void report_reads_attendance_from_a_json_file(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("attendance.json"),
        "[{\"student\":\"S1\",\"attendancePercent\":55.0},{\"student\":\"S2\",\"attendancePercent\":90.0}]");

    assertThat(run("report", "attendance", "--input", input.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("S1,55.0,true").contains("S2,90.0,false");
  }

  @Test
  void a_bad_input_file_is_one_clear_error_line() throws Exception {
    Path input = Files.createTempFile("attendance", ".json");
    Files.writeString(input, "[{\"student\":\"S1\",\"attendancePercent\":150.0}]");

    assertThat(run("report", "attendance", "--input", input.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().strip()).startsWith("error: ").contains("attendancePercent").doesNotContain("\n");
    Files.delete(input);
  }

  @Test
  void an_unknown_report_is_a_usage_error() {
    assertThat(run("report", "gossip")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("unknown report 'gossip'");
  }
}
