package org.seniortutorkit.moodle.testing;

import static org.seniortutorkit.moodle.testing.Shape.defaulted;
import static org.seniortutorkit.moodle.testing.Shape.defaultedMany;
import static org.seniortutorkit.moodle.testing.Shape.format;
import static org.seniortutorkit.moodle.testing.Shape.many;
import static org.seniortutorkit.moodle.testing.Shape.optional;
import static org.seniortutorkit.moodle.testing.Shape.optionalMany;
import static org.seniortutorkit.moodle.testing.Shape.single;
import static org.seniortutorkit.moodle.testing.Shape.value;

import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.moodle.testing.Shape.Presence;

/**
 * The parameter and return descriptions ({@code execute_parameters} / {@code execute_returns}, or the older
 * {@code <function>_parameters} / {@code <function>_returns}) of every function the plugin calls, written from
 * Moodle's own source in github.com/moodle/moodle:
 *
 * <ul>
 *   <li>core_enrol_get_enrolled_users, core_role_assign_roles, core_role_unassign_roles: enrol/externallib.php
 *       at 00e93a993910e03083056a11bec1b68f95e34436</li>
 *   <li>core_notes_create_notes: notes/externallib.php at 09ca18a47ecc7ece09d224eb71ef275526a27539</li>
 *   <li>core_message_send_instant_messages: message/externallib.php at 051f3e4db7ad351f92c8a2203ce62e4bdcdbcdef
 *       (later releases add optional return fields such as {@code text} and {@code timecreated}, kept here as
 *       optional)</li>
 *   <li>core_completion_get_course_completion_status: completion/classes/external.php at
 *       9f6edf21712e7f62c64d09f51ee80d5fb0525ca1</li>
 *   <li>core_webservice_get_site_info: webservice/externallib.php at a11886be6319a890454cd61e3eb48aed88543814
 *       ({@code version} is PARAM_TEXT: a weekly build reports e.g. "2024100712.05")</li>
 *   <li>the cohort, user, course and grade functions and mod_attendance_get_sessions: their parameter
 *       descriptions in cohort/externallib.php, user/externallib.php, course/externallib.php,
 *       grade/report/user/classes/external/user.php and mod/attendance/externallib.php; their returns are not
 *       filtered here ({@link Contract#returns()} is empty for them).</li>
 * </ul>
 *
 * <p>Returns are described only as far as the plugin reads them plus the fields Moodle declares beside them:
 * whatever the simulated site builds beyond a declared structure is dropped, as {@code clean_returnvalue} does.
 */
public final class MoodleContracts {
  /** One function's descriptions; {@code returns} empty means "not filtered", {@code returnsNull} a null return. */
  public record Contract(Shape.Single parameters, Optional<Shape> returns, boolean returnsNull) {}

  private static final Shape.Single USER_FIELDS_OF_ENROLLED_USER = single(
      "id", value(ParamType.INT),
      "username", optional(ParamType.RAW),
      "firstname", optional(ParamType.NOTAGS),
      "lastname", optional(ParamType.NOTAGS),
      "fullname", value(ParamType.NOTAGS),
      "email", optional(ParamType.TEXT),
      "address", optional(ParamType.TEXT),
      "phone1", optional(ParamType.NOTAGS),
      "phone2", optional(ParamType.NOTAGS),
      "department", optional(ParamType.TEXT),
      "institution", optional(ParamType.TEXT),
      "idnumber", optional(ParamType.RAW),
      "interests", optional(ParamType.TEXT),
      "firstaccess", optional(ParamType.INT),
      "lastaccess", optional(ParamType.INT),
      "lastcourseaccess", optional(ParamType.INT),
      "description", optional(ParamType.RAW),
      "descriptionformat", format(Presence.OPTIONAL),
      "city", optional(ParamType.NOTAGS),
      "url", optional(ParamType.URL),
      "country", optional(ParamType.ALPHA),
      "profileimageurlsmall", optional(ParamType.URL),
      "profileimageurl", optional(ParamType.URL),
      "customfields", optionalMany(single("type", value(ParamType.ALPHANUMEXT), "value", value(ParamType.RAW),
          "name", value(ParamType.RAW), "shortname", value(ParamType.RAW))),
      "groups", optionalMany(single("id", value(ParamType.INT), "name", value(ParamType.RAW),
          "description", value(ParamType.RAW), "descriptionformat", format(Presence.REQUIRED))),
      "roles", optionalMany(single("roleid", value(ParamType.INT), "name", value(ParamType.RAW),
          "shortname", value(ParamType.ALPHANUMEXT), "sortorder", value(ParamType.INT))),
      "preferences", optionalMany(single("name", value(ParamType.RAW), "value", value(ParamType.RAW))),
      "enrolledcourses", optionalMany(single("id", value(ParamType.INT), "fullname", value(ParamType.RAW),
          "shortname", value(ParamType.RAW))));

  private static final Shape.Single ROLE_ROW = single(
      "roleid", value(ParamType.INT),
      "userid", value(ParamType.INT),
      "contextid", optional(ParamType.INT),
      "contextlevel", optional(ParamType.ALPHA),
      "instanceid", optional(ParamType.INT));

  private static final Shape WARNINGS = optionalMany(single("item", optional(ParamType.TEXT),
      "itemid", optional(ParamType.INT), "warningcode", value(ParamType.ALPHANUMEXT),
      "message", value(ParamType.RAW)));

  private static final Map<String, Contract> CONTRACTS = Map.ofEntries(
      Map.entry("core_webservice_get_site_info", new Contract(
          single("serviceshortnames", defaultedMany(value(ParamType.ALPHANUMEXT))),
          Optional.of(single(
              "sitename", value(ParamType.RAW), "username", value(ParamType.RAW),
              "firstname", value(ParamType.TEXT), "lastname", value(ParamType.TEXT),
              "fullname", value(ParamType.TEXT), "lang", value(ParamType.TEXT), "userid", value(ParamType.INT),
              "siteurl", value(ParamType.RAW), "userpictureurl", value(ParamType.URL),
              "functions", many(single("name", value(ParamType.RAW), "version", value(ParamType.TEXT))),
              "downloadfiles", optional(ParamType.INT), "uploadfiles", optional(ParamType.INT),
              "release", optional(ParamType.TEXT), "version", optional(ParamType.TEXT),
              "mobilecssurl", optional(ParamType.URL),
              "advancedfeatures", optionalMany(single("name", value(ParamType.ALPHANUMEXT),
                  "value", value(ParamType.INT))),
              "usercanmanageownfiles", optional(ParamType.BOOL), "userquota", optional(ParamType.INT),
              "usermaxuploadfilesize", optional(ParamType.INT), "userhomepage", optional(ParamType.INT),
              "siteid", optional(ParamType.INT), "sitecalendartype", optional(ParamType.TEXT),
              "usercalendartype", optional(ParamType.TEXT), "userissiteadmin", optional(ParamType.BOOL),
              "theme", optional(ParamType.TEXT))), false)),
      Map.entry("core_user_get_users_by_field", new Contract(
          single("field", value(ParamType.ALPHA), "values", many(value(ParamType.RAW))),
          Optional.empty(), false)),
      Map.entry("core_enrol_get_enrolled_users", new Contract(
          single("courseid", value(ParamType.INT),
              "options", defaultedMany(single("name", value(ParamType.ALPHANUMEXT), "value", value(ParamType.RAW)))),
          Optional.of(many(USER_FIELDS_OF_ENROLLED_USER)), false)),
      Map.entry("core_course_get_courses_by_field", new Contract(
          single("field", defaulted(ParamType.ALPHA, ""), "value", defaulted(ParamType.RAW, "")),
          Optional.empty(), false)),
      Map.entry("core_cohort_get_cohorts", new Contract(
          single("cohortids", defaultedMany(value(ParamType.INT))), Optional.empty(), false)),
      Map.entry("core_cohort_get_cohort_members", new Contract(
          single("cohortids", many(value(ParamType.INT))), Optional.empty(), false)),
      Map.entry("core_cohort_add_cohort_members", new Contract(
          single("members", many(single(
              "cohorttype", single("type", value(ParamType.ALPHANUMEXT), "value", value(ParamType.RAW)),
              "usertype", single("type", value(ParamType.ALPHANUMEXT), "value", value(ParamType.RAW))))),
          Optional.of(single("warnings", WARNINGS)), false)),
      Map.entry("core_cohort_delete_cohort_members", new Contract(
          single("members", many(single("cohortid", value(ParamType.INT), "userid", value(ParamType.INT)))),
          Optional.empty(), true)),
      Map.entry("core_role_assign_roles", new Contract(single("assignments", many(ROLE_ROW)), Optional.empty(),
          true)),
      Map.entry("core_role_unassign_roles", new Contract(single("unassignments", many(ROLE_ROW)),
          Optional.empty(), true)),
      Map.entry("gradereport_user_get_grade_items", new Contract(
          single("courseid", value(ParamType.INT), "userid", defaulted(ParamType.INT, "0"),
              "groupid", defaulted(ParamType.INT, "0")),
          Optional.empty(), false)),
      Map.entry("core_completion_get_course_completion_status", new Contract(
          single("courseid", value(ParamType.INT), "userid", value(ParamType.INT)),
          Optional.of(single(
              "completionstatus", single("completed", value(ParamType.BOOL), "aggregation", value(ParamType.INT),
                  "completions", many(single("type", value(ParamType.INT), "title", value(ParamType.TEXT),
                      "status", value(ParamType.NOTAGS), "complete", value(ParamType.BOOL),
                      "timecompleted", value(ParamType.INT),
                      "details", single("type", value(ParamType.TEXT), "criteria", value(ParamType.RAW),
                          "requirement", value(ParamType.TEXT), "status", value(ParamType.RAW))))),
              "warnings", WARNINGS)), false)),
      Map.entry("core_notes_create_notes", new Contract(
          single("notes", many(single(
              "userid", value(ParamType.INT),
              "publishstate", value(ParamType.ALPHA),
              "courseid", value(ParamType.INT),
              "text", value(ParamType.RAW),
              "format", format(Presence.DEFAULT),
              "clientnoteid", optional(ParamType.ALPHANUMEXT)))),
          Optional.of(many(single("clientnoteid", optional(ParamType.ALPHANUMEXT), "noteid", value(ParamType.INT),
              "errormessage", optional(ParamType.TEXT)))), false)),
      Map.entry("core_message_send_instant_messages", new Contract(
          single("messages", many(single(
              "touserid", value(ParamType.INT),
              "text", value(ParamType.RAW),
              "textformat", format(Presence.DEFAULT),
              "clientmsgid", optional(ParamType.ALPHANUMEXT)))),
          Optional.of(many(single("msgid", value(ParamType.INT), "clientmsgid", optional(ParamType.ALPHANUMEXT),
              "errormessage", optional(ParamType.TEXT), "text", optional(ParamType.RAW),
              "timecreated", optional(ParamType.INT), "conversationid", optional(ParamType.INT),
              "useridfrom", optional(ParamType.INT), "candeletemessagesforallusers", optional(ParamType.BOOL)))),
          false)),
      Map.entry("mod_attendance_get_sessions", new Contract(
          single("attendanceid", value(ParamType.INT)), Optional.empty(), false)));

  private MoodleContracts() {}

  /** The contract of {@code function}, if the plugin calls it. */
  public static Optional<Contract> of(String function) {
    return Optional.ofNullable(CONTRACTS.get(function));
  }

  /** Every function described here. */
  public static java.util.Set<String> functions() {
    return CONTRACTS.keySet();
  }
}
