package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.moodle.client.MoodleStub.moodleError;

import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.errors.AccessDeniedException;
import org.seniortutorkit.moodle.errors.FeatureDisabledException;
import org.seniortutorkit.moodle.errors.InvalidParameterException;
import org.seniortutorkit.moodle.errors.InvalidTokenException;
import org.seniortutorkit.moodle.errors.MissingCapabilityException;
import org.seniortutorkit.moodle.errors.MoodleRefusalException;
import org.seniortutorkit.moodle.errors.UnknownRecordException;
import org.seniortutorkit.moodle.errors.WebServicesDisabledException;

/** Moodle's error bodies (HTTP 200) and its 403, each mapped to a type that says what to fix. */
class MoodleErrorsTest {
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

  @Test
  void invalid_token_tells_the_admin_to_issue_a_new_token() {
    server.enqueue(moodleError("moodle_exception", "invalidtoken", "Invalid token - token not found"));
    assertThatThrownBy(client::siteInfo).isInstanceOf(InvalidTokenException.class)
        .hasMessageStartingWith("core_webservice_get_site_info: ")
        .hasMessageContaining("Manage tokens");
  }

  @Test
  void a_function_missing_from_the_service_is_access_denied_naming_the_function() {
    server.enqueue(json("{\"exception\":\"webservice_access_exception\",\"errorcode\":\"accessexception\","
        + "\"message\":\"Access control exception\",\"debuginfo\":\"Access to the function "
        + "core_role_assign_roles() is not allowed.\"}"));
    assertThatThrownBy(() -> client.assignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("is not allowed")
        .hasMessageContaining("core_role_assign_roles is one of the functions of the token's external service");
  }

  @Test
  void cannot_assign_role_is_an_invalid_parameter_with_role_set_up_advice() {
    server.enqueue(moodleError("invalid_parameter_exception", "invalidparameter",
        "Invalid parameter value detected (Can not assign roleid=9 in contextid=55)"));
    assertThatThrownBy(() -> client.assignRoles(List.of(RoleAssignment.inUserContext(9, 5, 31))))
        .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Allow role assignments");
  }

  @Test
  void an_attendance_refusal_is_an_invalid_parameter_with_attendance_advice_not_role_advice() {
    server.enqueue(moodleError("invalid_parameter_exception", "invalidparameter", "Invalid parameter value detected"));
    assertThatThrownBy(() -> client.attendanceSessions(42)).isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("attendanceInstances").hasMessageContaining("mod/attendance:takeattendances")
        .hasMessageNotContaining("Allow role assignments");
  }

  @Test
  void a_missing_capability_names_the_capability_from_moodle() {
    server.enqueue(moodleError("required_capability_exception", "nopermissions",
        "Sorry, but you do not currently have permissions to do that (View all grades)."));
    assertThatThrownBy(() -> client.gradeItems(7)).isInstanceOf(MissingCapabilityException.class)
        .hasMessageContaining("View all grades");
  }

  @Test
  void an_unknown_id_is_an_unknown_record() {
    server.enqueue(moodleError("dml_missing_record_exception", "invalidrecord",
        "Can't find data record in database table course."));
    assertThatThrownBy(() -> client.enrolledUsers(999)).isInstanceOf(UnknownRecordException.class);
  }

  @Test
  void disabled_notes_and_messaging_are_feature_disabled_with_the_setting_to_change() {
    server.enqueue(moodleError("moodle_exception", "notesdisabled", "Notes have been disabled"));
    assertThatThrownBy(() -> client.createNotes(List.of(new OutgoingNote(31, 1, "site", "x", "c1"))))
        .isInstanceOf(FeatureDisabledException.class).hasMessageContaining("Enable notes");
    server.enqueue(moodleError("moodle_exception", "disabled", "Messaging is disabled on this site"));
    assertThatThrownBy(() -> client.sendInstantMessages(List.of(new OutgoingMessage(5, "x", "m1"))))
        .isInstanceOf(FeatureDisabledException.class).hasMessageContaining("Enable messaging");
  }

  @Test
  void http_403_with_empty_body_means_web_services_or_rest_are_disabled() {
    server.enqueue(new MockResponse.Builder().code(403).body("").build());
    assertThatThrownBy(client::siteInfo).isInstanceOf(WebServicesDisabledException.class)
        .hasMessageContaining("Manage protocols");
  }

  @Test
  void an_unlisted_error_code_is_a_refusal_that_quotes_the_code() {
    server.enqueue(moodleError("require_login_exception", "coursehidden", "This course is not available"));
    assertThatThrownBy(() -> client.enrolledUsers(7)).isInstanceOf(MoodleRefusalException.class)
        .hasMessageContaining("'coursehidden'");
  }

  @Test
  void refusals_are_not_retried() {
    server.enqueue(moodleError("moodle_exception", "invalidtoken", "Invalid token"));
    assertThatThrownBy(client::siteInfo).isInstanceOf(InvalidTokenException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  private static MockResponse json(String body) {
    return MoodleStub.json(body);
  }
}
