package org.seniortutorkit.moodle.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.ComplexNeed;

class MoodleConfigReaderTest {
  @TempDir
  Path directory;

  private static final String FULL = """
      {
        "baseUrl": "https://moodle.example.ac.uk",
        "token": {"file": "secrets/moodle.token"},
        "department": "CHEM",
        "academicYear": 2026,
        "tutorRoleId": 9,
        "studentRoleShortname": "student",
        "staffRoleShortnames": ["editingteacher"],
        "profileFields": {"studentNumber": "studentnumber", "programme": "programme", "yearOfStudy": "year",
                          "complexNeeds": {"DISABILITY_SUPPORT_PLAN": "dsp", "SPONSORED_VISA": "visa"}},
        "programmes": [{"code": "F100", "level": "undergraduate", "courses": ["CHEM101"], "cohort": "chem-f100"},
                       {"code": "F1MS", "level": "POSTGRADUATE_TAUGHT", "cohort": "chem-msc"}],
        "yearGroups": [{"year": 1, "cohort": "chem-y1"}],
        "attendanceInstances": [3],
        "readCompletion": true,
        "tutorCohortPattern": "pt-{tutor}",
        "concerns": {"delivery": "message"},
        "http": {"timeoutSeconds": 30, "maxConcurrentRequests": 4, "maxAttempts": 3},
        "batchSize": 25,
        "journal": "state/journal.jsonl"
      }
      """;

  private MoodleConfig parse(String json) {
    return MoodleConfigReader.parse(json, "moodle.json", directory);
  }

  @Test
  void a_full_file_is_read_with_paths_relative_to_its_directory() {
    MoodleConfig config = parse(FULL);
    assertThat(config.token()).isEqualTo(new TokenSource.TokenFile(directory.resolve("secrets/moodle.token")));
    assertThat(config.journal()).isEqualTo(directory.resolve("state/journal.jsonl"));
    assertThat(config.programmes().get(1).level()).isEqualTo(StudyLevel.POSTGRADUATE_TAUGHT);
    assertThat(config.profileFields().complexNeeds()).containsEntry(ComplexNeed.SPONSORED_VISA, "visa");
    assertThat(config.tutorCohortIdnumber("T0042")).contains("pt-T0042");
    assertThat(config.concernDelivery()).isEqualTo(MoodleConfig.ConcernDelivery.MESSAGE);
    assertThat(config.maxConcurrentRequests()).isEqualTo(4);
    assertThat(config.courseShortnames()).containsExactly("CHEM101");
    assertThat(config.yearOfCohort("chem-y1")).hasValue(1);
  }

  @Test
  void defaults_fill_in_what_is_left_out() {
    MoodleConfig config = parse("""
        {"baseUrl":"https://m.example.ac.uk","token":{"env":"MOODLE_TOKEN"},"department":"CHEM",
         "academicYear":2026,"tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}]}
        """);
    assertThat(config.studentRoleShortname()).isEqualTo("student");
    assertThat(config.staffRoleShortnames()).containsExactly("editingteacher", "teacher");
    assertThat(config.batchSize()).isEqualTo(50);
    assertThat(config.concernDelivery()).isEqualTo(MoodleConfig.ConcernDelivery.NOTE);
    assertThat(config.profileFields().studentNumber()).isEmpty();
    assertThat(config.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
  }

  @Test
  void attendance_is_dated_in_the_configured_time_zone() {
    MoodleConfig config = parse("""
        {"baseUrl":"https://m.example.ac.uk","token":{"env":"MOODLE_TOKEN"},"department":"CHEM",
         "academicYear":2026,"tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}],
         "timeZone":"Pacific/Auckland"}
        """);
    assertThat(config.timeZone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
  }

  @Test
  void an_unknown_time_zone_is_refused_by_name() {
    assertThatThrownBy(() -> parse("""
        {"baseUrl":"https://m.example.ac.uk","token":{"env":"MOODLE_TOKEN"},"department":"CHEM",
         "academicYear":2026,"tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}],
         "timeZone":"Europe/Atlantis"}
        """)).isInstanceOf(MoodleConfigException.class)
        .hasMessageContaining("$.timeZone = Europe/Atlantis must be a time zone id");
  }

  @Test
  void every_problem_is_reported_at_once_with_path_value_and_rule() {
    assertThatThrownBy(() -> parse("""
        {"baseUrl":"moodle.example.ac.uk","token":{"env":"MOODLE_TOKEN"},"department":"CHEM",
         "academicYear":1999,"tutorRoleId":0,"programmes":[{"code":"F100","level":"PHD","courses":["CHEM 101"]}],
         "http":{"maxConcurrentRequests":100},"tutorRoleID":9}
        """))
        .isInstanceOf(MoodleConfigException.class)
        .hasMessageContaining("$.baseUrl = moodle.example.ac.uk must be the site's wwwroot")
        .hasMessageContaining("$.academicYear = 1999 must be an integer from 2000 to 2100")
        .hasMessageContaining("$.tutorRoleId = 0 must be an integer from 1")
        .hasMessageContaining("$.programmes[0].level = PHD must be one of")
        .hasMessageContaining("$.programmes[0].courses[0] = \"CHEM 101\" must be a Moodle shortname")
        .hasMessageContaining("$.http.maxConcurrentRequests = 100 must be an integer from 1 to 64")
        .hasMessageContaining("$.tutorRoleID is not a known setting");
  }

  @Test
  void an_inline_token_is_refused_without_repeating_it() {
    String secret = "0123456789abcdef0123456789abcdef";
    assertThatThrownBy(() -> parse("""
        {"baseUrl":"https://m.example.ac.uk","token":"%s","department":"CHEM","academicYear":2026,
         "tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}]}
        """.formatted(secret)))
        .hasMessageContaining("$.token = <redacted> must name where the token is kept")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
  }

  @Test
  void a_token_source_needs_exactly_one_of_env_or_file() {
    assertThatThrownBy(() -> parse("""
        {"baseUrl":"https://m.example.ac.uk","token":{"env":"A","file":"b"},"department":"CHEM",
         "academicYear":2026,"tutorRoleId":9,"programmes":[{"code":"F100","courses":["CHEM101"]}]}
        """)).hasMessageContaining("must have exactly one of env or file");
  }

  @Test
  void a_programme_without_courses_or_cohort_and_an_unknown_need_are_refused() {
    assertThatThrownBy(() -> parse("""
        {"baseUrl":"https://m.example.ac.uk","token":{"env":"T"},"department":"CHEM","academicYear":2026,
         "tutorRoleId":9,"programmes":[{"code":"F100"}],"profileFields":{"complexNeeds":{"ASTHMA":"a"}},
         "tutorCohortPattern":"pt"}
        """))
        .hasMessageContaining("$.programmes[0]").hasMessageContaining("must name courses or a cohort")
        .hasMessageContaining("$.profileFields.complexNeeds.ASTHMA = ASTHMA must be one of")
        .hasMessageContaining("$.tutorCohortPattern = pt must contain {tutor}");
  }

  @Test
  void broken_json_names_line_and_column() {
    assertThatThrownBy(() -> parse("{\n \"baseUrl\": }")).hasMessageContaining("line 2");
  }

  @Test
  void a_missing_file_says_to_check_the_config_path() {
    assertThatThrownBy(() -> MoodleConfigReader.read(directory.resolve("nope.json")))
        .hasMessageContaining("check the --config path");
  }

  @Test
  void the_token_is_loaded_from_the_environment_or_a_file() throws Exception {
    Files.writeString(directory.resolve("t"), "  abcdef0123  \n");
    Files.setPosixFilePermissions(directory.resolve("t"), PosixFilePermissions.fromString("rw-------"));
    assertThat(new TokenSource.TokenFile(directory.resolve("t")).load(Map.of()).reveal()).isEqualTo("abcdef0123");
    assertThat(new TokenSource.EnvironmentVariable("MT").load(Map.of("MT", "xyz")).reveal()).isEqualTo("xyz");
    assertThatThrownBy(() -> new TokenSource.EnvironmentVariable("MT").load(Map.of()))
        .hasMessageContaining("MT").hasMessageContaining("not set");
    assertThatThrownBy(() -> new TokenSource.TokenFile(directory.resolve("missing")).load(Map.of()))
        .hasMessageContaining("cannot read the token file");
  }
}
