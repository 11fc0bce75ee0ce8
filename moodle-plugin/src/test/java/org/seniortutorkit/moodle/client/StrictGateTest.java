package org.seniortutorkit.moodle.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.moodle.errors.InvalidParameterException;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;

/** The simulated site refuses what Moodle's validate_parameters refuses, and says so as Moodle does. */
class StrictGateTest {
  private final MockWebServer server = new MockWebServer();
  private final SimulatedDepartment moodle = new SimulatedDepartment(4, 1, 2, 1, 1, 0);
  private MoodleClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(moodle);
    server.start();
    client = MoodleStub.clientFor(server).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String refusal(MoodleFunction function, FormParameters parameters) {
    try {
      client.call(function, parameters);
    } catch (InvalidParameterException refused) {
      return refused.getMessage();
    }
    throw new AssertionError("Moodle accepted " + parameters);
  }

  @Test
  void a_parameter_the_description_does_not_have_is_refused() {
    assertThat(refusal(MoodleFunction.GET_COURSE_COMPLETION_STATUS,
        FormParameters.create().add("courseid", 100).add("userid", 10001).add("extra", 1)))
        .contains("Unexpected keys (extra) detected in parameter array.");
    assertThat(moodle.gate().refusals()).hasSize(1);
  }

  @Test
  void a_note_format_given_by_name_is_refused_as_moodle_does() {
    assertThat(refusal(MoodleFunction.CREATE_NOTES, FormParameters.create().addObjects("notes", List.of(
        java.util.Map.of("userid", 10001, "publishstate", "site", "courseid", 1, "text", "x", "format", "text")))))
        .contains("format => Invalid parameter value detected: Invalid external api parameter: the value is "
            + "\"text\", the server was expecting \"int\" type");
  }

  @Test
  void a_client_message_id_with_a_dot_is_refused_and_the_encoded_one_is_not() {
    assertThat(refusal(MoodleFunction.SEND_INSTANT_MESSAGES, FormParameters.create().addObjects("messages",
        List.of(java.util.Map.of("touserid", 5001, "text", "x", "clientmsgid", "CASE-2026.0018")))))
        .contains("clientmsgid").contains("alphanumext");
    assertThat(ClientId.encode("CASE-2026.0018")).isEqualTo("CASE-2026_2e_0018");
    assertThat(ClientId.encode("A_1")).isNotEqualTo(ClientId.encode("A.1"));
  }

  @Test
  void variables_past_max_input_vars_are_dropped_before_moodle_sees_them() {
    moodle.gate().maxInputVars(3 + 4 + 2);
    String why = refusal(MoodleFunction.ASSIGN_ROLES, FormParameters.create().addObjects("assignments", List.of(
        roleRow(10001), roleRow(10002))));
    assertThat(why).contains("Missing parameters, please provide either context level with instance id or "
        + "contextid");
    assertThat(moodle.roleAssignments()).isEmpty();
  }

  /** In the order the client sends: roleid, userid, contextlevel, instanceid. */
  private static java.util.Map<String, Object> roleRow(long student) {
    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
    row.put("roleid", 9);
    row.put("userid", 5001);
    row.put("contextlevel", "user");
    row.put("instanceid", student);
    return row;
  }

  @Test
  void fields_moodle_does_not_declare_are_dropped_from_answers() {
    String answer = moodle.gate().answer("core_enrol_get_enrolled_users",
        "[{\"id\":1,\"fullname\":\"A\",\"suspended\":1,\"roles\":[{\"roleid\":5,\"name\":\"\",\"shortname\":"
            + "\"student\",\"sortorder\":0,\"extra\":2}]}]");
    assertThat(answer).isEqualTo("[{\"id\":1,\"fullname\":\"A\",\"roles\":[{\"roleid\":5,\"name\":\"\","
        + "\"shortname\":\"student\",\"sortorder\":0}]}]");
  }
}
