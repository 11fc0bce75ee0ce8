package org.seniortutorkit.moodle.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.MoodleConfigReader;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;
import org.seniortutorkit.progress.ProgressListener;

/**
 * A pull against a simulated site that answers only what Moodle's return descriptions declare and refuses what
 * Moodle's parameter descriptions do not allow: what a real site does to the plugin.
 */
class StrictSitePullTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  private final MockWebServer server = new MockWebServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private PulledRecords pull(SimulatedDepartment moodle, MoodleConfig config) throws Exception {
    server.setDispatcher(moodle);
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).pageSize(5).build();
    return new DepartmentPull(client, config, CLOCK, ProgressListener.none()).everything();
  }

  private static Map<String, StudentRecord> byNumber(PulledRecords records) {
    return records.students().stream().collect(Collectors.toMap(StudentRecord::studentNumber, s -> s));
  }

  @Test
  void a_student_whose_enrolments_are_suspended_is_pulled_suspended_though_moodle_sends_no_suspended_field()
      throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    moodle.suspendEnrolments(3);

    PulledRecords records = pull(moodle, DepartmentPullTest.config(moodle.courses));

    assertThat(byNumber(records).get("S0000003").suspended()).isTrue();
    assertThat(records.students()).filteredOn(StudentRecord::suspended).hasSize(1);
    assertThat(records.problems()).isEmpty();
    assertThat(moodle.gate().refusals()).isEmpty();
  }

  @Test
  void without_enrolreview_suspensions_are_a_problem_line_naming_the_capability() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    moodle.suspendEnrolments(3);
    moodle.enrolReviewAllowed = false;

    PulledRecords records = pull(moodle, DepartmentPullTest.config(moodle.courses));

    assertThat(records.problems()).isNotEmpty()
        .allMatch(p -> p.contains("suspended enrolments not read") && p.contains("moodle/course:enrolreview"));
    assertThat(records.students()).hasSize(12);
  }

  @Test
  void a_weekly_build_version_with_a_decimal_point_is_read() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(6, 1, 2, 1, 1, 0);
    moodle.version = "2024100712.05";
    moodle.release = "4.5.2+ (Build: 20250307)";

    PulledRecords records = pull(moodle, DepartmentPullTest.config(moodle.courses));

    assertThat(records.students()).hasSize(6);
  }

  @Test
  void a_student_moodle_will_not_give_completion_for_is_a_problem_line_and_the_rest_is_read() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    moodle.suspendEnrolments(3);

    PulledRecords records = pull(moodle, DepartmentPullTest.config(moodle.courses, true));

    assertThat(records.problems()).anyMatch(p -> p.startsWith("completion not read for student S0000003 in course ")
        && p.contains("usernotenroled"));
    assertThat(records.completions()).isNotEmpty().noneMatch(c -> c.studentNumber().equals("S0000003"));
  }

  @Test
  void an_unknown_attendance_instance_is_a_problem_line_and_the_known_one_is_read() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(4, 1, 4, 2, 1, 0);
    moodle.attendanceInstalled = true;
    moodle.attendanceInstances.add(3L);
    MoodleConfig config = MoodleConfigReader.parse("""
        {"baseUrl":"http://127.0.0.1","token":{"env":"T"},"department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "programmes":[{"code":"F100","courses":["CHEM001","CHEM002"]}],"attendanceInstances":[3,404]}
        """, "moodle.json", Path.of("."));

    PulledRecords records = pull(moodle, config);

    assertThat(records.problems()).containsExactly("attendance instance 404 (moodle.json attendanceInstances) not "
        + "read: Moodle has no such attendance activity or will not show it; use the activity's instance id (not "
        + "its course-module id) and check the attendance capabilities of the integration user's role "
        + "(docs/moodle.md)");
    assertThat(records.attendance()).isNotEmpty();
  }

  @Test
  void a_whole_pull_sends_nothing_moodle_would_refuse() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(30, 4, 6, 2, 2, 0);
    moodle.attendanceInstalled = true;

    pull(moodle, DepartmentPullTest.config(moodle.courses, true));

    assertThat(moodle.gate().refusals()).isEmpty();
  }
}
