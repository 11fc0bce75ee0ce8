package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import picocli.CommandLine;

class CheckCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static final String STUDENT_S1 = "[{\"id\":\"S1\",\"fullName\":\"Sam\",\"department\":\"CHEM\","
      + "\"programme\":\"F100\",\"level\":\"UNDERGRADUATE\",\"yearOfStudy\":1,\"entryYear\":\"2026/27\"}]";

  @Test
  void the_sample_has_findings_of_every_rule_family_and_writes_a_json_report() throws IOException {
    Path json = dir.resolve("report.json");
    assertThat(run("check", "--sample", "--out", json.toString())).isEqualTo(ExitCodes.FINDINGS);
    CheckReport report = SeniorTutorJson.read(Files.readString(json), CheckReport.class);
    assertThat(report.asOf()).hasToString("2026-11-27");
    assertThat(report.findings()).extracting(f -> f.ruleId().value())
        .contains("MON-ATTENDANCE", "MON-MISSED-SUBMISSIONS", "MON-MARKS-DROP", "MON-NO-TUTOR-MEETING",
            "WDR-PROCEDURE", "PROG-OUTCOME", "TUT-WORKSHOP", "TUT-FIRST-YEAR-MEETING", "TUT-BRIEFINGS",
            "PANEL-SUPPORTIVE-ONLY", "PANEL-DIFFERENT-FACULTY", "PANEL-QUORUM");
    assertThat(report.mitigation()).isNotEmpty();
    assertThat(report.latePenalties()).isNotEmpty();
    assertThat(out.toString()).contains("Regulation check of (built-in sample) as of 2026-11-27")
        .containsPattern("CHEM +tutoring.maxTuteesPerFullTimeTutor = 20 from chemistry@2026.1 \\(DEPARTMENT\\)")
        .containsPattern("MED +department.seniorTutorsSupportiveOnly = true from medicine@2026.1 \\(DEPARTMENT\\)");
  }

  @Test
  void the_sample_report_prints_no_claims_description() {
    run("check", "--sample", "--out", dir.resolve("report.json").toString());

    assertThat(sampleRecords().claims()).isNotEmpty().allSatisfy(c ->
        assertThat(out.toString()).doesNotContain(c.description().orElseThrow()));
  }

  @Test
  void a_changed_setting_reports_the_difference() {
    assertThat(run("check", "--sample", "--set", "monitoring.attendance.thresholdPercent=85", "--out",
        dir.resolve("w.json").toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("What if monitoring.attendance.thresholdPercent=85:")
        .containsPattern("Newly flagged: [1-9]");
  }

  @Test
  void without_compensation_a_compensated_student_would_have_to_resit() throws IOException {
    StudentRecords records = sampleRecords();
    List<String> compensated = BuiltInRules.regulationCheck().run(records, SampleFolder.open().policyLayers())
        .progression().stream().filter(d -> !d.compensatedModules().isEmpty()).map(d -> d.student().value()).toList();
    // A department pack replaces Chemistry's own, so it keeps that pack's limit of 20 tutees.
    Path pack = dir.resolve("pack.json");
    Files.writeString(pack, "{\"id\":\"stricter\",\"version\":\"1\",\"layer\":\"DEPARTMENT\",\"appliesTo\":\"CHEM\","
        + "\"effectiveFrom\":\"2026-08-01\",\"settings\":{\"progression.compensation.maxCredits.undergraduate\":0,"
        + "\"tutoring.maxTuteesPerFullTimeTutor\":20}}");

    assertThat(run("check", "--sample", "--what-if", pack.toString(), "--out", dir.resolve("w.json").toString()))
        .isEqualTo(ExitCodes.OK);
    assertThat(compensated).isNotEmpty().allSatisfy(student ->
        assertThat(out.toString()).contains(student + ": PROGRESS -> MAKE_GOOD_DEFICIENCIES/RESIT"));
    assertThat(out.toString()).contains("Progression outcome changes: " + compensated.size())
        .doesNotContain("TUT-MAX-TUTEES");
  }

  private static StudentRecords sampleRecords() {
    return SampleFolder.open().read(Optional.empty(), LocalDate.now());
  }

  @Test
  void the_sample_can_be_copied_and_checked_from_disk() {
    Path records = dir.resolve("records");
    assertThat(run("check", "--write-sample", records.toString())).isZero();
    assertThat(records.resolve("attendance.csv")).exists();
    assertThat(run("check", records.toString(), "--out", dir.resolve("r.json").toString()))
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void a_bad_csv_line_is_one_clear_error() throws IOException {
    Path records = dir.resolve("bad");
    Files.createDirectories(records);
    Files.writeString(records.resolve("students.json"), STUDENT_S1);
    Files.writeString(records.resolve("attendance.csv"), "student,date,attended\nS1,2026-11-02,maybe\n");
    assertThat(run("check", records.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().trim())
        .isEqualTo("error: attendance.csv line 2: attended = \"maybe\" must be true or false");
  }

  @Test
  void a_file_that_is_not_utf8_is_bad_input_naming_the_line_and_byte() throws IOException {
    Path records = dir.resolve("latin1");
    Files.createDirectories(records);
    Files.writeString(records.resolve("students.json"), STUDENT_S1);
    Files.write(records.resolve("marks.csv"), new byte[] {'s', 't', 'u', 'd', 'e', 'n', 't', '\n', (byte) 0xE9});
    assertThat(run("check", records.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().trim())
        .isEqualTo("error: marks.csv: line 2, byte offset 8: byte 0xE9 is not UTF-8 (save the file as UTF-8)");
  }

  @Test
  void a_bad_json_file_names_the_file_path_value_and_rule() throws IOException {
    Path records = dir.resolve("bad");
    Files.createDirectories(records);
    Files.writeString(records.resolve("warnings.json"),
        "[{\"student\":\"S1\",\"stage\":\"THIRD_WARNING\",\"issuedOn\":\"2026-10-01\"}]");
    assertThat(run("check", records.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("error: warnings.json line 1: $[0].stage = THIRD_WARNING must be a valid");
  }

  @Test
  void an_unknown_setting_is_refused() {
    assertThat(run("check", "--sample", "--set", "attendance=80")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("--set attendance: is not a known setting");
  }

  @Test
  void records_and_sample_together_are_refused() {
    assertThat(run("check", "--sample", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("give either a RECORDS folder or --sample");
  }
}
