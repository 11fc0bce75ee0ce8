package org.seniortutorkit.moodle.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleStub;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.MoodleConfigReader;
import org.seniortutorkit.moodle.errors.MissingCapabilityException;
import org.seniortutorkit.moodle.records.GradeRecord;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.PullFolder;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.moodle.records.CompletionRecord;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.student.ComplexNeed;

class DepartmentPullTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path directory;

  @AfterEach
  void stop() {
    server.close();
  }

  static MoodleConfig config(int courses) {
    return config(courses, false);
  }

  static MoodleConfig config(int courses, boolean readCompletion) {
    String f100 = IntStream.range(0, courses / 2).mapToObj(c -> "\"" + SimulatedDepartment.courseShortname(c) + "\"")
        .collect(Collectors.joining(","));
    String f101 = IntStream.range(courses / 2, courses)
        .mapToObj(c -> "\"" + SimulatedDepartment.courseShortname(c) + "\"").collect(Collectors.joining(","));
    return MoodleConfigReader.parse("""
        {"baseUrl":"http://127.0.0.1","allowInsecureLoopback":true,"token":{"env":"MOODLE_TOKEN"},
         "department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "profileFields":{"complexNeeds":{"DISABILITY_SUPPORT_PLAN":"dsp"}},
         "programmes":[{"code":"F100","courses":[%s]},{"code":"F101","courses":[%s]}],
         "yearGroups":[{"year":1,"cohort":"chem-y1"},{"year":2,"cohort":"chem-y2"},{"year":3,"cohort":"chem-y3"}],
         "readCompletion":%s}
        """.formatted(f100, f101, readCompletion), "moodle.json", Path.of("."));
  }

  private PulledRecords pull(SimulatedDepartment moodle, int pageSize, int concurrency, ProgressListener progress)
      throws Exception {
    server.setDispatcher(moodle);
    server.setServerSocketFactory(SimulatedDepartment.noDelayServerSockets());
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).pageSize(pageSize).maxConcurrentRequests(concurrency)
        .readTimeout(java.time.Duration.ofSeconds(10)).build();
    return new DepartmentPull(client, config(moodle.courses), CLOCK, progress).everything();
  }

  @Test
  void a_department_of_2000_students_150_staff_and_300_courses_is_pulled_completely_with_bounded_concurrency()
      throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(2000, 150, 300, 6, 4, 20);

    PulledRecords records = pull(moodle, 25, 8, ProgressListener.none());

    assertThat(records.problems()).isEmpty();
    assertThat(records.students()).hasSize(2000);
    assertThat(records.staff()).hasSize(150);
    assertThat(records.courses()).hasSize(300);
    assertThat(records.grades()).hasSize(moodle.enrolments() * 4);
    assertThat(records.students().stream().filter(s -> s.complexNeeds().contains(
        ComplexNeed.DISABILITY_SUPPORT_PLAN))).hasSize(200);
    assertThat(records.students()).allSatisfy(s -> assertThat(s.yearOfStudy()).isNotEmpty());
    assertThat(moodle.peakConcurrency()).isLessThanOrEqualTo(8);
    assertThat(moodle.callsTo("core_enrol_get_enrolled_users")).isGreaterThan(300); // paged: 25 per page
    assertThat(moodle.callsTo("gradereport_user_get_grade_items")).isEqualTo(300);
  }

  @Test
  void students_get_programme_from_courses_year_from_cohort_and_needs_from_profile_flags() throws Exception {
    PulledRecords records = pull(new SimulatedDepartment(30, 4, 6, 2, 2, 0), 500, 4, ProgressListener.none());
    Map<String, StudentRecord> byNumber = records.students().stream()
        .collect(Collectors.toMap(StudentRecord::studentNumber, s -> s));
    StudentRecord ten = byNumber.get("S0000010");
    assertThat(ten.programme()).contains("F100");
    assertThat(ten.yearOfStudy()).isEqualTo(OptionalInt.of(2));
    assertThat(ten.complexNeeds()).containsExactly(ComplexNeed.DISABILITY_SUPPORT_PLAN);
    assertThat(ten.toString()).doesNotContain("DISABILITY").contains("<redacted>");
    assertThat(byNumber.get("S0000011").programme()).contains("F101");
    assertThat(byNumber.get("S0000011").complexNeeds()).isEmpty();
  }

  @Test
  void ungraded_items_stay_empty_and_the_course_total_is_kept() throws Exception {
    PulledRecords records = pull(new SimulatedDepartment(14, 2, 2, 1, 3, 0), 500, 2, ProgressListener.none());
    GradeRecord ungraded = records.grades().stream().filter(g -> g.grade().isEmpty()).findFirst().orElseThrow();
    assertThat(ungraded.graded()).isEmpty();
    assertThat(records.grades()).anyMatch(g -> g.itemType().equals("course"));
  }

  @Test
  void progress_is_reported_per_step_up_to_the_total() throws Exception {
    List<String> updates = new ArrayList<>();
    pull(new SimulatedDepartment(10, 2, 4, 1, 1, 0), 500, 2, (step, done, total) -> {
      synchronized (updates) {
        updates.add(step + " " + done + "/" + total);
      }
    });
    assertThat(updates).contains("courses 4/4", "enrolments 4/4", "grades 4/4");
  }

  @Test
  void a_records_folder_round_trips() throws Exception {
    PulledRecords records = pull(new SimulatedDepartment(10, 2, 4, 1, 2, 0), 500, 2, ProgressListener.none());
    PullFolder.write(directory.resolve("records"), records);
    assertThat(PullFolder.read(directory.resolve("records"))).isEqualTo(records);
  }

  @Test
  void a_pulled_file_with_a_key_given_twice_is_refused_rather_than_the_last_key_winning() throws Exception {
    PulledRecords records = pull(new SimulatedDepartment(10, 2, 4, 1, 2, 0), 500, 2, ProgressListener.none());
    Path folder = directory.resolve("records");
    PullFolder.write(folder, records);
    Path pull = folder.resolve("moodle-pull.json");
    java.nio.file.Files.writeString(pull, java.nio.file.Files.readString(pull)
        .replaceFirst("\\{", "{ \"site\" : \"elsewhere\","));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PullFolder.read(folder))
        .hasStackTraceContaining("Duplicate field 'site'");
  }

  @Test
  void a_course_with_completion_off_is_a_problem_line_and_the_other_courses_completion_is_read() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    server.setDispatcher(moodle);
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).build();

    PulledRecords records = new DepartmentPull(client, config(moodle.courses, true), CLOCK, ProgressListener.none())
        .everything();

    String off = SimulatedDepartment.courseShortname(0);
    assertThat(records.problems()).anyMatch(p -> p.startsWith("completion not read for course " + off + ":"));
    assertThat(records.completions()).isNotEmpty().noneMatch(c -> c.course().equals(off))
        .allMatch(CompletionRecord::configured);
  }

  @Test
  void a_course_that_answers_with_nobody_is_reported_as_a_problem_naming_separate_groups() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    moodle.separateGroupsCourse = 1;

    PulledRecords records = pull(moodle, 500, 2, ProgressListener.none());

    assertThat(records.problems()).containsExactly("course " + SimulatedDepartment.courseShortname(1)
        + " has no students visible to the integration user: it has none, or it uses separate groups and the role"
        + " lacks moodle/site:accessallgroups");
  }

  @Test
  void a_course_the_integration_user_cannot_enter_is_left_out_with_a_problem_line() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(12, 2, 4, 2, 1, 0);
    moodle.summaryOnlyCourse = 2;

    PulledRecords records = pull(moodle, 500, 2, ProgressListener.none());

    String course = SimulatedDepartment.courseShortname(2);
    assertThat(records.problems()).anyMatch(p -> p.startsWith("course " + course + " (moodle.json) is shown to the"
        + " integration user only as a public summary"));
    assertThat(records.courses()).noneMatch(c -> c.shortName().equals(course));
  }

  @Test
  void an_unknown_course_is_reported_as_a_problem_not_a_failure() throws Exception {
    server.setDispatcher(new SimulatedDepartment(4, 1, 2, 1, 1, 0));
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).build();
    MoodleConfig config = MoodleConfigReader.parse("""
        {"baseUrl":"http://127.0.0.1","token":{"env":"T"},"department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "programmes":[{"code":"F100","courses":["CHEM001","NOPE999"]}]}
        """, "moodle.json", Path.of("."));
    PulledRecords records = new DepartmentPull(client, config, CLOCK, ProgressListener.none()).people();
    assertThat(records.problems()).anyMatch(p -> p.contains("NOPE999"));
    assertThat(records.students()).isNotEmpty();
  }

  private PulledRecords pullWithAttendance(SimulatedDepartment moodle) throws Exception {
    server.setDispatcher(moodle);
    server.start();
    MoodleConfig config = MoodleConfigReader.parse("""
        {"baseUrl":"http://127.0.0.1","token":{"env":"T"},"department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "programmes":[{"code":"F100","courses":["CHEM001","CHEM002"]}],"attendanceInstances":[3]}
        """, "moodle.json", Path.of("."));
    return new DepartmentPull(MoodleStub.clientFor(server).build(), config, CLOCK, ProgressListener.none()).everything();
  }

  @Test
  void attendance_is_read_when_mod_attendance_is_in_the_service() throws Exception {
    SimulatedDepartment moodle = new SimulatedDepartment(4, 1, 4, 2, 1, 0);
    moodle.attendanceInstalled = true;
    PulledRecords records = pullWithAttendance(moodle);
    assertThat(records.attendance()).extracting(a -> a.studentNumber() + " " + a.status())
        .containsExactlyInAnyOrder("S0000002 P");
    assertThat(records.problems()).isEmpty();
  }

  @Test
  void attendance_without_mod_attendance_is_a_problem_not_a_failure() throws Exception {
    PulledRecords records = pullWithAttendance(new SimulatedDepartment(4, 1, 4, 2, 1, 0));
    assertThat(records.attendance()).isEmpty();
    assertThat(records.problems()).anyMatch(p -> p.contains("mod_attendance_get_sessions is not in the token's"));
  }

  @Test
  void a_programme_held_by_a_cohort_reads_members_not_enrolled_in_any_course() throws Exception {
    server.setDispatcher(new SimulatedDepartment(9, 1, 2, 1, 1, 0));
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).build();
    MoodleConfig config = MoodleConfigReader.parse("""
        {"baseUrl":"http://127.0.0.1","token":{"env":"T"},"department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "programmes":[{"code":"F1MS","level":"POSTGRADUATE_TAUGHT","cohort":"chem-y1"}]}
        """, "moodle.json", Path.of("."));
    PulledRecords records = new DepartmentPull(client, config, CLOCK, ProgressListener.none()).people();
    assertThat(records.students()).extracting(StudentRecord::studentNumber)
        .containsExactlyInAnyOrder("S0000003", "S0000006", "S0000009");
    assertThat(records.students()).allSatisfy(s -> assertThat(s.programme()).contains("F1MS"));
    assertThat(records.problems()).isEmpty();
  }

  @Test
  void a_refusal_during_fan_out_fails_the_pull_with_the_typed_error() throws Exception {
    server.setDispatcher(new mockwebserver3.Dispatcher() {
      @Override
      public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest request) {
        String body = request.getBody().utf8();
        if (body.contains("core_webservice_get_site_info")) {
          return MoodleStub.json(MoodleStubs.SITE);
        }
        return MoodleStub.moodleError("required_capability_exception", "nopermissions", "no (View courses)");
      }
    });
    server.start();
    MoodleClient client = MoodleStub.clientFor(server).build();
    assertThatThrownBy(() -> new DepartmentPull(client, config(4), CLOCK, ProgressListener.none()).people())
        .isInstanceOf(MissingCapabilityException.class).hasMessageContaining("View courses");
  }

  /** Small canned bodies. */
  static final class MoodleStubs {
    static final String SITE = "{\"sitename\":\"S\",\"siteurl\":\"x\",\"username\":\"u\",\"userid\":2,"
        + "\"functions\":[]}";
  }
}
