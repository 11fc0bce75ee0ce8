package org.seniortutorkit.moodle.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.seniortutorkit.moodle.errors.AccessDeniedException;
import org.seniortutorkit.moodle.errors.FeatureDisabledException;
import org.seniortutorkit.moodle.errors.InvalidParameterException;
import org.seniortutorkit.moodle.errors.InvalidTokenException;
import org.seniortutorkit.moodle.errors.MissingCapabilityException;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.errors.MoodleRefusalException;
import org.seniortutorkit.moodle.errors.Redaction;
import org.seniortutorkit.moodle.errors.TransientFailureException;
import org.seniortutorkit.moodle.errors.UnknownRecordException;

/**
 * Turns Moodle's error body ({@code {"exception","errorcode","message"[,"debuginfo"]}}, sent with HTTP 200) into
 * a typed {@link MoodleException} whose message tells an administrator what to change.
 */
final class MoodleErrors {
  /** Database trouble on the Moodle side: worth retrying a read. */
  private static final Set<String> TRANSIENT_CODES = Set.of(
      "dmlreadexception", "dmlwriteexception", "dbconnectionfailed", "dbsessionhandlerproblem", "sitemaintenance");

  private MoodleErrors() {}

  static boolean isError(JsonNode body) {
    return body != null && body.isObject() && body.has("exception");
  }

  static MoodleException translate(String function, JsonNode body, MoodleToken token) {
    String code = text(body, "errorcode", token);
    String moodleSays = text(body, "message", token);
    String debug = body.hasNonNull("debuginfo") ? " (" + text(body, "debuginfo", token).strip() + ")" : "";
    String said = "Moodle said: \"" + moodleSays + "\"" + debug + ". ";
    return switch (code) {
      case "invalidtoken" -> new InvalidTokenException(function, code, said
          + "The token is unknown, deleted or expired: create a new token for the integration user in "
          + "Site administration > Server > Web services > Manage tokens and update the token file or variable.");
      case "accessexception" -> new AccessDeniedException(function, code, said
          + "Check that " + function + " is one of the functions of the token's external service, that the "
          + "token has not expired and is not IP-restricted, that the user holds webservice/rest:use and is "
          + "neither suspended nor using the nologin method.");
      case "invalidparameter" -> new InvalidParameterException(function, code, said
          + invalidParameterAdvice(function, body.hasNonNull("debuginfo") ? body.get("debuginfo").asText() : ""));
      case "nopermissions", "requireloginerror" -> new MissingCapabilityException(function, code, said
          + "Give the integration user's role the capability named above (see docs/moodle.md for the list).");
      case "invalidrecord", "invalidcourseid", "invaliduser", "invaliduserid" -> new UnknownRecordException(
          function, code, said + "An id in moodle.json or in the journal does not exist on this site; if it "
          + "mentions external_functions, the function is not installed (upgrade Moodle or the plugin).");
      case "notesdisabled" -> new FeatureDisabledException(function, code, said
          + "Enable notes in Site administration > General > Advanced features (Enable notes).");
      case "disabled", "messagingdisabled" -> new FeatureDisabledException(function, code, said
          + "Enable messaging in Site administration > General > Messaging (Enable messaging system).");
      default -> TRANSIENT_CODES.contains(code)
          ? new TransientFailureException(function, code, said + "The Moodle server had a database or "
              + "maintenance problem; try again later and check the server's error log if it persists.")
          : new MoodleRefusalException(function, code, said + "Error code '" + code + "'.");
    };
  }

  /** The same code means different things from different functions; the advice follows the function. */
  private static String invalidParameterAdvice(String function, String debuginfo) {
    if (debuginfo.contains("Missing parameters") || debuginfo.contains("Missing required key")) {
      // A row cut in two: PHP dropped the form variables past max_input_vars before Moodle saw them.
      return TRUNCATED;
    }
    boolean writes = function.equals(MoodleFunction.ASSIGN_ROLES.wsName())
        || function.equals(MoodleFunction.UNASSIGN_ROLES.wsName())
        || function.equals(MoodleFunction.ADD_COHORT_MEMBERS.wsName())
        || function.equals(MoodleFunction.DELETE_COHORT_MEMBERS.wsName());
    if (writes && debuginfo.isEmpty()) {
      return "Site debugging is off, so Moodle did not say which parameter. Likely causes: the tutor role cannot "
          + "be assigned in the user context (Define roles > context types; Allow role assignments), tutorRoleId "
          + "in moodle.json is wrong, or the request was cut short by PHP's max_input_vars (lower batchSize in "
          + "moodle.json to fit the site's max_input_vars). Turning on debugging (Site administration "
          + "> Development > Debugging) shows which.";
    }
    if (function.equals(MoodleFunction.ASSIGN_ROLES.wsName())
        || function.equals(MoodleFunction.UNASSIGN_ROLES.wsName())) {
      return "If it says 'Can not assign roleid', allow the tutor role to be assigned in the user context "
          + "(Define roles > context types) and let the integration user's role assign it (Allow role "
          + "assignments); otherwise check tutorRoleId in moodle.json.";
    }
    if (function.equals(MoodleFunction.GET_ATTENDANCE_SESSIONS.wsName())) {
      return "mod_attendance answers this when the attendance id is unknown or the integration user's role lacks "
          + "mod/attendance:manageattendances, mod/attendance:takeattendances or mod/attendance:changeattendances "
          + "in that activity: check "
          + "attendanceInstances in moodle.json and the role (see docs/moodle.md).";
    }
    return "Check the ids in moodle.json.";
  }

  private static final String TRUNCATED = "Moodle received the request cut short: PHP keeps only the first "
      + "max_input_vars form variables (1000 by default) and drops the rest, tearing the last row. Lower batchSize "
      + "so a call stays under the site's max_input_vars (4 variables per assignment plus 3), or raise "
      + "max_input_vars in the web server's php.ini.";

  private static String text(JsonNode body, String field, MoodleToken token) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? "" : Redaction.scrub(value.asText(), token.reveal());
  }
}
