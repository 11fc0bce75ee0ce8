package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.moodle.client.MoodleStub.form;
import static org.seniortutorkit.moodle.client.MoodleStub.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.errors.MalformedResponseException;

class MoodleClientTest {
  private final MockWebServer server = new MockWebServer();
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = MoodleStub.clientFor(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RecordedRequest next() throws InterruptedException {
    return server.takeRequest(1, TimeUnit.SECONDS);
  }

  @Test
  void posts_form_encoded_reserved_parameters_to_the_rest_server() throws Exception {
    server.enqueue(json(SITE_INFO));
    client.siteInfo();
    RecordedRequest request = next();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/moodle/webservice/rest/server.php");
    assertThat(request.getUrl().query()).isNull();
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(form(request)).containsEntry("wstoken", MoodleStub.TOKEN)
        .containsEntry("wsfunction", "core_webservice_get_site_info")
        .containsEntry("moodlewsrestformat", "json");
  }

  @Test
  void site_info_lists_callable_functions_for_feature_detection() {
    server.enqueue(json(SITE_INFO));
    SiteInfo site = client.siteInfo();
    assertThat(site.siteName()).isEqualTo("Example University");
    assertThat(site.userId()).isEqualTo(2);
    assertThat(site.supports(MoodleFunction.ASSIGN_ROLES)).isTrue();
    assertThat(site.supports(MoodleFunction.GET_ATTENDANCE_SESSIONS)).isFalse();
    assertThat(site.featureEnabled("enablenotes")).isFalse();
  }

  @Test
  void users_by_field_maps_optional_fields_times_flags_and_custom_fields() throws Exception {
    server.enqueue(json("""
        [{"id":31,"fullname":"Sam Taylor","username":"s1234567","idnumber":"S1234567","suspended":0,
          "firstaccess":1700000000,"lastaccess":0,"profileimageurl":"x","profileimageurlsmall":"y",
          "customfields":[{"type":"text","value":"F100","name":"Programme","shortname":"programme"},
                          {"type":"text","value":"2","name":"Year","shortname":"yearofstudy"}]},
         {"id":32,"fullname":"Hidden Person","profileimageurl":"x","profileimageurlsmall":"y","suspended":true}]
        """));
    List<MoodleUser> users = client.usersByField("id", List.of(31, 32));
    assertThat(form(next())).containsEntry("field", "id").containsEntry("values[0]", "31")
        .containsEntry("values[1]", "32");
    MoodleUser sam = users.get(0);
    assertThat(sam.idNumber()).contains("S1234567");
    assertThat(sam.firstAccess()).contains(Instant.ofEpochSecond(1700000000));
    assertThat(sam.lastAccess()).isEmpty();
    assertThat(sam.customField("programme")).contains("F100");
    assertThat(sam.suspended()).isFalse();
    assertThat(users.get(1).email()).isEmpty();
    assertThat(users.get(1).suspended()).isTrue();
  }

  @Test
  void enrolled_users_are_read_page_by_page_until_a_short_page() throws Exception {
    MoodleClient paged = MoodleStub.clientFor(server).pageSize(2).build();
    server.enqueue(json("[" + user(1) + "," + user(2) + "]"));
    server.enqueue(json("[" + user(3) + "," + user(4) + "]"));
    server.enqueue(json("[" + user(5) + "]"));
    List<MoodleUser> users = paged.enrolledUsers(7);
    assertThat(users).extracting(MoodleUser::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(form(next())).containsEntry("courseid", "7").containsEntry("options[0][name]", "limitfrom")
        .containsEntry("options[0][value]", "0").containsEntry("options[1][value]", "2");
    assertThat(form(next())).containsEntry("options[0][value]", "2");
    assertThat(form(next())).containsEntry("options[0][value]", "4");
  }

  @Test
  void enrolled_users_carry_their_course_roles() {
    server.enqueue(json("[{\"id\":5,\"fullname\":\"T\",\"roles\":[{\"roleid\":3,\"name\":\"\","
        + "\"shortname\":\"editingteacher\",\"sortorder\":0}],\"lastcourseaccess\":1700000100}]"));
    MoodleUser teacher = client.enrolledUsersPage(7, 0, 10).get(0);
    assertThat(teacher.hasCourseRole("editingteacher")).isTrue();
    assertThat(teacher.hasCourseRole("student")).isFalse();
    assertThat(teacher.lastCourseAccess()).contains(Instant.ofEpochSecond(1700000100));
  }

  @Test
  void courses_by_field_read_the_courses_array_with_int_visibility() {
    server.enqueue(json("{\"courses\":[{\"id\":7,\"shortname\":\"CHEM101\",\"fullname\":\"Chemistry 1\","
        + "\"displayname\":\"Chemistry 1\",\"idnumber\":\"\",\"categoryid\":3,\"visible\":0,\"startdate\":"
        + "1693526400,\"enddate\":0}],\"warnings\":[]}"));
    Course course = client.coursesByField("shortname", "CHEM101").get(0);
    assertThat(course.visible()).isFalse();
    assertThat(course.enterable()).isTrue();
    assertThat(course.idNumber()).isEmpty();
    assertThat(course.startDate()).contains(Instant.ofEpochSecond(1693526400));
    assertThat(course.endDate()).isEmpty();
  }

  @Test
  void a_course_given_only_as_its_public_summary_is_not_enterable() {
    // What Moodle answers about a course the user cannot enter: no visible flag, idnumber or dates.
    server.enqueue(json("{\"courses\":[{\"id\":7,\"fullname\":\"Chemistry 1\",\"displayname\":\"Chemistry 1\","
        + "\"shortname\":\"CHEM101\",\"categoryid\":3,\"categoryname\":\"Chemistry\",\"sortorder\":10001,"
        + "\"summary\":\"\",\"summaryformat\":1,\"summaryfiles\":[],\"overviewfiles\":[],\"contacts\":[],"
        + "\"enrollmentmethods\":[\"manual\"]}],\"warnings\":[]}"));

    Course course = client.coursesByField("shortname", "CHEM101").get(0);

    assertThat(course.enterable()).isFalse();
  }

  @Test
  void cohorts_and_members_are_read() throws Exception {
    server.enqueue(json("[{\"id\":4,\"name\":\"Chemistry Y1\",\"idnumber\":\"chem-y1\",\"description\":\"\","
        + "\"descriptionformat\":1,\"visible\":true,\"theme\":\"\"}]"));
    server.enqueue(json("[{\"cohortid\":4,\"userids\":[31,32]}]"));
    assertThat(client.cohorts(List.of())).containsExactly(
        new Cohort(4, "Chemistry Y1", java.util.Optional.of("chem-y1"), true));
    assertThat(form(next())).doesNotContainKey("cohortids[0]");
    assertThat(client.cohortMembers(List.of(4L))).containsExactly(new CohortMembers(4, List.of(31L, 32L)));
    assertThat(form(next())).containsEntry("cohortids[0]", "4");
  }

  @Test
  void adding_cohort_members_uses_nested_brackets_and_returns_warnings() throws Exception {
    server.enqueue(json("{\"warnings\":[{\"warningcode\":\"3\",\"message\":\"already a member\"}]}"));
    List<Warning> warnings = client.addCohortMembers(Map.of(4L, List.of(31L)));
    assertThat(warnings).extracting(Warning::warningCode).containsExactly("3");
    assertThat(form(next())).containsEntry("members[0][cohorttype][type]", "id")
        .containsEntry("members[0][cohorttype][value]", "4").containsEntry("members[0][usertype][value]", "31");
  }

  @Test
  void deleting_cohort_members_expects_json_null() throws Exception {
    server.enqueue(json("null"));
    client.deleteCohortMembers(Map.of(4L, List.of(31L)));
    assertThat(form(next())).containsEntry("members[0][cohortid]", "4").containsEntry("members[0][userid]", "31");
  }

  @Test
  void assigning_a_personal_tutor_uses_the_students_user_context() throws Exception {
    server.enqueue(json("null"));
    client.assignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31)));
    assertThat(form(next())).containsEntry("wsfunction", "core_role_assign_roles")
        .containsEntry("assignments[0][roleid]", "9").containsEntry("assignments[0][userid]", "5")
        .containsEntry("assignments[0][contextlevel]", "user").containsEntry("assignments[0][instanceid]", "31");
  }

  @Test
  void unassigning_uses_the_unassignments_parameter() throws Exception {
    server.enqueue(json("null"));
    client.unassignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31)));
    assertThat(form(next())).containsEntry("wsfunction", "core_role_unassign_roles")
        .containsEntry("unassignments[0][instanceid]", "31");
  }

  @Test
  void a_non_null_answer_to_a_null_returning_function_is_malformed() {
    server.enqueue(json("{\"unexpected\":1}"));
    assertThatThrownBy(() -> client.assignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31))))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("core_role_assign_roles").hasMessageContaining("must be null");
  }

  @Test
  void grade_items_keep_ungraded_items_empty() {
    server.enqueue(json("""
        {"usergrades":[{"courseid":7,"userid":31,"userfullname":"Sam","maxdepth":2,"gradeitems":[
          {"id":1,"itemname":"Lab 1","itemtype":"mod","itemmodule":"assign","iteminstance":1,"itemnumber":0,
           "categoryid":1,"outcomeid":null,"scaleid":null,"graderaw":62.5,"grademin":0,"grademax":100,
           "gradedategraded":1700000000,"gradeishidden":false},
          {"id":2,"itemname":null,"itemtype":"course","graderaw":null,"grademin":0,"grademax":100,
           "gradedategraded":null}]}],"warnings":[]}
        """));
    UserGrades grades = client.gradeItems(7).get(0);
    assertThat(grades.items().get(0).grade()).hasValue(62.5);
    assertThat(grades.items().get(1).grade()).isEmpty();
    assertThat(grades.items().get(1).graded()).isEmpty();
  }

  @Test
  void completion_status_reads_boolean_criteria() {
    server.enqueue(json("{\"completionstatus\":{\"completed\":false,\"aggregation\":1,\"completions\":["
        + "{\"type\":4,\"title\":\"Activity\",\"status\":\"No\",\"complete\":false,\"timecompleted\":null}]},"
        + "\"warnings\":[]}"));
    CompletionStatus status = client.completionStatus(7, 31);
    assertThat(status.configured()).isTrue();
    assertThat(status.completed()).isFalse();
    assertThat(status.criteria()).hasSize(1);
  }

  @Test
  void a_course_without_completion_criteria_is_not_configured_rather_than_an_error() {
    server.enqueue(MoodleStub.moodleError("moodle_exception", "nocriteriaset", "No criteria set"));
    assertThat(client.completionStatus(7, 31).configured()).isFalse();
  }

  @Test
  void a_course_whose_completion_moodle_will_not_show_is_unreadable_rather_than_an_error() {
    server.enqueue(MoodleStub.moodleError("moodle_exception", "cannotviewreport", "Cannot view report"));

    CompletionStatus status = client.completionStatus(7, 31);

    assertThat(status.readable()).isFalse();
    assertThat(status.configured()).isFalse();
  }

  @Test
  void notes_report_in_band_failures() throws Exception {
    server.enqueue(json("[{\"clientnoteid\":\"c1\",\"noteid\":12},{\"clientnoteid\":\"c2\",\"noteid\":-1,"
        + "\"errormessage\":\"User does not exist\"}]"));
    List<DeliveryResult> results = client.createNotes(List.of(
        new OutgoingNote(31, 1, "site", "Please contact", "c1"),
        new OutgoingNote(99, 1, "site", "Please contact", "c2")));
    assertThat(results.get(0).delivered()).isTrue();
    assertThat(results.get(1).delivered()).isFalse();
    assertThat(results.get(1).error()).contains("User does not exist");
    assertThat(form(next())).containsEntry("notes[0][format]", "2").containsEntry("notes[1][userid]", "99");
  }

  @Test
  void instant_messages_are_sent_as_plain_text() throws Exception {
    server.enqueue(json("[{\"msgid\":88,\"clientmsgid\":\"m1\"}]"));
    assertThat(client.sendInstantMessages(List.of(new OutgoingMessage(5, "Hello", "m1"))).get(0).moodleId())
        .isEqualTo(88);
    assertThat(form(next())).containsEntry("messages[0][touserid]", "5").containsEntry("messages[0][textformat]", "2");
  }

  @Test
  void attendance_sessions_read_the_register() {
    server.enqueue(json("""
        [{"id":100,"attendanceid":3,"groupid":0,"sessdate":1700000000,"duration":3600,"lasttaken":1700003600,
          "lasttakenby":5,"timemodified":1700003600,"description":"Lab","descriptionformat":1,"studentscanmark":0,
          "absenteereport":1,"statusset":0,"courseid":7,
          "statuses":[{"id":1,"acronym":"P","description":"Present","grade":2,"visible":1,"deleted":0,"setnumber":0},
                      {"id":4,"acronym":"A","description":"Absent","grade":0,"visible":1,"deleted":0,"setnumber":0}],
          "attendance_log":[{"studentid":31,"statusid":4,"remarks":"","id":1}],"users":[]}]
        """));
    AttendanceSession session = client.attendanceSessions(3).get(0);
    assertThat(session.statusAcronyms().get(session.log().get(0).statusId())).isEqualTo("A");
    assertThat(session.durationSeconds()).isEqualTo(3600);
  }

  @Test
  void a_missing_required_field_names_function_path_value_and_rule() {
    server.enqueue(json("[{\"fullname\":\"No Id\"}]"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1)))
        .isInstanceOf(MalformedResponseException.class)
        .hasMessageContaining("core_user_get_users_by_field: response[0].id = missing is required");
  }

  @Test
  void a_wrongly_typed_field_is_reported_with_its_value() {
    server.enqueue(json("[{\"id\":\"abc\",\"fullname\":\"X\"}]"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1)))
        .hasMessageContaining("response[0].id = \"abc\" must be an integer");
  }

  @Test
  void a_flag_outside_zero_and_one_is_refused() {
    server.enqueue(json("[{\"id\":1,\"fullname\":\"X\",\"suspended\":7}]"));
    assertThatThrownBy(() -> client.usersByField("id", List.of(1)))
        .hasMessageContaining("response[0].suspended").hasMessageContaining("must be true, false, 0 or 1");
  }

  private static String user(int id) {
    return "{\"id\":" + id + ",\"fullname\":\"User " + id + "\"}";
  }

  static final String SITE_INFO = """
      {"sitename":"Example University","siteurl":"https://moodle.example.ac.uk","username":"stk-integration",
       "firstname":"STK","lastname":"Integration","fullname":"STK Integration","lang":"en","userid":2,
       "userpictureurl":"x","functions":[{"name":"core_role_assign_roles","version":"2023100900"},
       {"name":"core_enrol_get_enrolled_users","version":"2023100900"}],"release":"4.3 (Build: 20231009)",
       "version":"2023100900","advancedfeatures":[{"name":"enablenotes","value":0},{"name":"messaging","value":1}],
       "siteid":1,"userissiteadmin":false}
      """;
}
