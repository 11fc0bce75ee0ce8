package org.seniortutorkit.examples.cli.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.examples.cli.SeniorTutorCommand;
import picocli.CommandLine;

/** The {@code moodle} subcommands end to end against a small Moodle played by MockWebServer. */
class MoodleCommandTest {
  private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";
  private final MockWebServer server = new MockWebServer();
  private final List<String> writes = Collections.synchronizedList(new ArrayList<>());
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir
  Path directory;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new SmallMoodle());
    server.start();
    Files.writeString(directory.resolve("moodle.token"), TOKEN + "\n");
    Files.setPosixFilePermissions(directory.resolve("moodle.token"), PosixFilePermissions.fromString("rw-------"));
    Files.writeString(directory.resolve("moodle.json"), """
        {"baseUrl":"%s","allowInsecureLoopback":true,"token":{"file":"moodle.token"},"department":"CHEM",
         "academicYear":2026,"tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}],
         "profileFields":{"yearOfStudy":"year"},"concerns":{"delivery":"message"}}
        """.formatted(server.url("/").toString()));
    Files.writeString(directory.resolve("assignments.json"), """
        [{"student":"S0000001","tutor":"T0001","academicYear":"2026/27","origin":"ALLOCATED","madeOn":"2026-09-01"},
         {"student":"S0000002","tutor":"T0001","academicYear":"2026/27","origin":"ALLOCATED","madeOn":"2026-09-01"}]
        """);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private String config() {
    return directory.resolve("moodle.json").toString();
  }

  /** The Moodle example, end to end: pull the department, check it, plan the tutors, apply, apply again. */
  @Test
  void a_department_syncs_end_to_end_pull_check_plan_apply() {
    Path records = directory.resolve("records");
    String assignments = directory.resolve("assignments.json").toString();
    assertThat(run("moodle", "pull", "--config", config(), "--out", records.toString(), "--no-progress")).isZero();
    assertThat(run("check", records.toString(), "--as-of", "2026-11-29", "--out",
        directory.resolve("report.json").toString())).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(run("moodle", "plan", "--config", config(), "--records", records.toString(), "--assignments",
        assignments, "--no-progress")).isZero();
    assertThat(writes).isEmpty();
    assertThat(run("moodle", "apply", "--config", config(), "--records", records.toString(), "--assignments",
        assignments, "--no-progress")).isZero();
    assertThat(run("moodle", "apply", "--config", config(), "--records", records.toString(), "--assignments",
        assignments, "--no-progress")).isZero();
    assertThat(out.toString()).contains("Plan: 2 to add").contains("applied 2 operation(s)")
        .contains("0 to add, 0 to remove, 2 unchanged");
    assertThat(writes).containsExactly("core_role_assign_roles");
  }

  @Test
  void pull_writes_a_records_folder_and_draws_progress_on_stderr() {
    Path records = directory.resolve("records");
    assertThat(run("moodle", "pull", "--config", config(), "--out", records.toString())).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("2 students, 1 staff, 1 courses");
    assertThat(records.resolve("moodle-students.json")).content().contains("\"moodleUserId\" : 1001");
    assertThat(records.resolve("students.json")).content().contains("\"S0000001\"").contains("\"F100\"");
    assertThat(records.resolve("staff.json")).content().contains("PERSONAL_TUTOR");
    assertThat(records.resolve("attendance.json")).content().isEqualToIgnoringWhitespace("[ ]");
    assertThat(err.toString()).contains("enrolments").contains("1/1");
  }

  @Test
  void the_regulation_check_reads_a_pulled_records_folder() {
    Path records = directory.resolve("records");
    run("moodle", "pull", "--config", config(), "--out", records.toString(), "--no-progress");
    int exit = run("check", records.toString(), "--as-of", "2026-11-29", "--out",
        directory.resolve("report.json").toString());
    assertThat(exit).as(err.toString()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    assertThat(directory.resolve("report.json")).exists();
  }

  @Test
  void plan_lists_the_assignments_without_writing() {
    assertThat(run("moodle", "plan", "--config", config(), "--assignments",
        directory.resolve("assignments.json").toString(), "--no-progress")).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("Plan: 2 to add, 0 to remove, 0 unchanged")
        .contains("ASSIGN_ROLE role:9/user:501/usercontext:1001");
    assertThat(writes).isEmpty();
  }

  @Test
  void apply_writes_once_and_a_second_apply_changes_nothing() {
    String assignments = directory.resolve("assignments.json").toString();
    assertThat(run("moodle", "apply", "--config", config(), "--assignments", assignments)).isEqualTo(ExitCodes.OK);
    assertThat(writes).containsExactly("core_role_assign_roles");
    assertThat(out.toString()).contains("applied 2 operation(s)");
    assertThat(directory.resolve("moodle-journal.jsonl")).exists();
    assertThat(run("moodle", "apply", "--config", config(), "--assignments", assignments)).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("0 to add, 0 to remove, 2 unchanged");
    assertThat(writes).hasSize(1);
  }

  @Test
  void plan_can_resolve_people_from_an_earlier_pull_without_reading_enrolments() {
    Path records = directory.resolve("records");
    run("moodle", "pull", "--config", config(), "--out", records.toString(), "--no-progress");
    int readsAfterPull = server.getRequestCount();
    assertThat(run("moodle", "plan", "--config", config(), "--records", records.toString(), "--assignments",
        directory.resolve("assignments.json").toString())).isZero();
    assertThat(out.toString()).contains("Plan: 2 to add");
    assertThat(server.getRequestCount()).isEqualTo(readsAfterPull);
  }

  @Test
  void an_assignment_for_someone_not_in_moodle_is_reported_as_a_finding() throws Exception {
    Files.writeString(directory.resolve("assignments.json"), """
        [{"student":"S0000009","tutor":"T0001","academicYear":"2026/27","origin":"ALLOCATED","madeOn":"2026-09-01"}]
        """);
    assertThat(run("moodle", "plan", "--config", config(), "--no-progress", "--assignments",
        directory.resolve("assignments.json").toString())).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("problem: assignment of S0000009 to T0001 skipped: student not found");
  }

  @Test
  void concerns_are_messaged_to_the_tutor() throws Exception {
    Path notices = directory.resolve("concerns.json");
    Files.writeString(notices, "[{\"id\":\"c1\",\"student\":\"S0000001\",\"tutor\":\"T0001\","
        + "\"kind\":\"LOW_ATTENDANCE\",\"raisedOn\":\"2026-11-29\"}]");
    assertThat(run("moodle", "concerns", "--config", config(), "--notices", notices.toString())).isZero();
    assertThat(out.toString()).contains("1 delivered");
    assertThat(writes).containsExactly("core_message_send_instant_messages");
  }

  @Test
  void a_notice_with_free_text_is_refused_as_bad_input() throws Exception {
    Path notices = directory.resolve("concerns.json");
    Files.writeString(notices, "[{\"id\":\"c1\",\"student\":\"S0000001\",\"tutor\":\"T0001\","
        + "\"kind\":\"LOW_ATTENDANCE\",\"raisedOn\":\"2026-11-29\",\"note\":\"private\"}]");
    assertThat(run("moodle", "concerns", "--config", config(), "--notices", notices.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("\"note\"");
  }

  @Test
  void a_bad_configuration_is_one_line_naming_path_and_rule() throws Exception {
    Files.writeString(directory.resolve("moodle.json"), "{\"baseUrl\":\"x\"}");
    assertThat(run("moodle", "pull", "--config", config())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).startsWith("error: ").contains("$.baseUrl = x").contains("$.token is required");
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void an_invalid_token_is_an_external_failure_that_never_prints_the_token() throws Exception {
    Files.writeString(directory.resolve("moodle.token"), "badbadbadbad");
    assertThat(run("moodle", "pull", "--config", config(), "--no-progress")).isEqualTo(ExitCodes.EXTERNAL_FAILURE);
    assertThat(err.toString()).contains("Manage tokens").doesNotContain("badbadbadbad");
  }

  @Test
  void moodle_without_a_subcommand_shows_usage() {
    assertThat(run("moodle")).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("pull").contains("plan").contains("apply").contains("concerns");
  }

  /** Course CHEM101 (id 7) with students 1001, 1002 and teacher 501. */
  private final class SmallMoodle extends Dispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) {
      String body = URLDecoder.decode(request.getBody().utf8(), StandardCharsets.UTF_8);
      if (!body.contains("wstoken=" + TOKEN)) {
        return json("{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\",\"message\":\"Invalid "
            + "token - token not found\"}");
      }
      String function = body.replaceAll(".*wsfunction=([a-z_]+).*", "$1");
      return switch (function) {
        case "core_webservice_get_site_info" -> json("{\"sitename\":\"Small\",\"siteurl\":\"x\",\"username\":"
            + "\"stk\",\"userid\":2,\"functions\":[]}");
        case "core_course_get_courses_by_field" -> json("{\"courses\":[{\"id\":7,\"shortname\":\"CHEM101\","
            + "\"fullname\":\"Chemistry\",\"visible\":1}],\"warnings\":[]}");
        case "core_enrol_get_enrolled_users" -> json("[" + student(1001, "S0000001") + ","
            + student(1002, "S0000002") + ",{\"id\":501,\"fullname\":\"Dr T\",\"idnumber\":\"T0001\","
            + "\"roles\":[{\"roleid\":3,\"shortname\":\"editingteacher\"}]}]");
        case "gradereport_user_get_grade_items" -> json("{\"usergrades\":[],\"warnings\":[]}");
        case "core_role_assign_roles" -> write(function, "null");
        case "core_message_send_instant_messages" -> write(function, "[{\"msgid\":5,\"clientmsgid\":\"c1\"}]");
        default -> json("{\"exception\":\"x\",\"errorcode\":\"invalidrecord\",\"message\":\"no " + function
            + "\"}");
      };
    }

    private MockResponse write(String function, String answer) {
      writes.add(function);
      return json(answer);
    }

    private String student(long id, String number) {
      return "{\"id\":" + id + ",\"fullname\":\"Student " + id + "\",\"idnumber\":\"" + number + "\","
          + "\"customfields\":[{\"shortname\":\"year\",\"value\":\"1\",\"type\":\"text\",\"name\":\"Year\"}],"
          + "\"roles\":[{\"roleid\":5,\"shortname\":\"student\"}]}";
    }

    private MockResponse json(String body) {
      return new MockResponse.Builder().code(200).body(body).build();
    }
  }
}
