package org.seniortutorkit.moodle.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Moodle site holding one generated department, answering the read functions exactly as Moodle does (JSON
 * shapes, paging with limitfrom/limitnumber, 0/1 flags), each answer delayed by {@code delayMillis}.
 *
 * <p>Students 10001.. (idnumber S0000001..) are in programme F100 (even) or F101 (odd), year (n % 3) + 1 by
 * cohort, enrolled in {@code coursesPerStudent} courses of their programme's half; every tenth has the
 * disability-plan profile flag. Staff 5001.. (idnumber T0001..) teach two courses each way round. Each
 * enrolment has {@code itemsPerEnrolment} grade items, the last being the course total.
 *
 * <p>It also keeps the role assignments written with {@code core_role_assign_roles} and
 * {@code core_role_unassign_roles}, as Moodle does (assigning twice holds one assignment), so a sync can be
 * planned, applied and applied again against it.
 */
public final class SimulatedDepartment extends Dispatcher {
  public final int students;
  public final int staff;
  public final int courses;
  public final int coursesPerStudent;
  public final int itemsPerEnrolment;
  private final long delayMillis;
  private final List<List<Integer>> studentsByCourse = new ArrayList<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peakInFlight = new AtomicInteger();
  private final Set<String> roleAssignments = Collections.synchronizedSet(new LinkedHashSet<>());
  private final Set<Integer> deletedStudents = ConcurrentHashMap.newKeySet();
  private final Set<Integer> suspendedStudents = ConcurrentHashMap.newKeySet();
  private final List<String> deliveries = Collections.synchronizedList(new ArrayList<>());
  private final StrictGate gate = new StrictGate();

  public SimulatedDepartment(int students, int staff, int courses, int coursesPerStudent, int itemsPerEnrolment,
      long delayMillis) {
    this.students = students;
    this.staff = staff;
    this.courses = courses;
    this.coursesPerStudent = coursesPerStudent;
    this.itemsPerEnrolment = itemsPerEnrolment;
    this.delayMillis = delayMillis;
    for (int c = 0; c < courses; c++) {
      studentsByCourse.add(new ArrayList<>());
    }
    int half = courses / 2;
    for (int s = 1; s <= students; s++) {
      for (int k = 0; k < coursesPerStudent; k++) {
        int course = (s % 2) * half + Math.floorMod(s + k * 25, half);
        if (!studentsByCourse.get(course).contains(s)) {
          studentsByCourse.get(course).add(s);
        }
      }
    }
  }

  /**
   * Server sockets whose connections have Nagle's algorithm off, as a production web server (nginx, Apache
   * with mod_php) answers: MockWebServer writes headers and body separately, and with Nagle on the body would
   * wait for the client's delayed acknowledgement, adding about 40 ms to every call.
   */
  public static javax.net.ServerSocketFactory noDelayServerSockets() {
    return new javax.net.ServerSocketFactory() {
      @Override
      public java.net.ServerSocket createServerSocket() throws java.io.IOException {
        return new NoDelayServerSocket();
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port) throws java.io.IOException {
        NoDelayServerSocket socket = new NoDelayServerSocket();
        socket.bind(new java.net.InetSocketAddress(port));
        return socket;
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port, int backlog) throws java.io.IOException {
        NoDelayServerSocket socket = new NoDelayServerSocket();
        socket.bind(new java.net.InetSocketAddress(port), backlog);
        return socket;
      }

      @Override
      public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
          throws java.io.IOException {
        NoDelayServerSocket socket = new NoDelayServerSocket();
        socket.bind(new java.net.InetSocketAddress(address, port), backlog);
        return socket;
      }
    };
  }

  private static final class NoDelayServerSocket extends java.net.ServerSocket {
    NoDelayServerSocket() throws java.io.IOException {
      super();
    }

    @Override
    public java.net.Socket accept() throws java.io.IOException {
      java.net.Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  public static String courseShortname(int course) {
    return String.format("CHEM%03d", course + 1);
  }

  public static String studentNumber(int s) {
    return String.format("S%07d", s);
  }

  public static String staffNumber(int t) {
    return String.format("T%04d", t);
  }

  public int enrolments() {
    return studentsByCourse.stream().mapToInt(List::size).sum();
  }

  public int callsTo(String function) {
    return calls.getOrDefault(function, new AtomicInteger()).get();
  }

  public int peakConcurrency() {
    return peakInFlight.get();
  }

  /** The role assignments held now, each as {@code role:R/user:U/usercontext:C}. */
  public Set<String> roleAssignments() {
    synchronized (roleAssignments) {
      return Set.copyOf(roleAssignments);
    }
  }

  /** PHP and Moodle's parameter checks in front of this site; tune {@code max_input_vars} and debugging here. */
  public StrictGate gate() {
    return gate;
  }

  /** Moodle deletes student {@code s} (and so their user context): role rows naming it are refused. */
  public void deleteStudent(int s) {
    deletedStudents.add(s);
    synchronized (roleAssignments) { // delete_user removes the user context and the assignments in it
      roleAssignments.removeIf(row -> row.endsWith("/usercontext:" + (10000 + s)));
    }
  }

  /** Suspends student {@code s}'s enrolment in every course: still enrolled, no longer active. */
  public void suspendEnrolments(int s) {
    suspendedStudents.add(s);
  }

  /** The notes and messages delivered, as {@code note:user:clientid} / {@code message:user:clientid}. */
  public List<String> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      StrictGate.Admission admission = gate.admit(request);
      String body;
      String function;
      if (admission instanceof StrictGate.Refused refused) {
        function = refused.function();
        body = refused.body();
      } else {
        StrictGate.Accepted accepted = (StrictGate.Accepted) admission;
        function = accepted.function();
        body = gate.answer(function, answer(function, accepted.form()));
      }
      calls.computeIfAbsent(function, f -> new AtomicInteger()).incrementAndGet();
      return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body)
          .headersDelay(delayMillis, TimeUnit.MILLISECONDS).build();
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private String answer(String function, Map<String, String> form) {
    return switch (function) {
      case "core_webservice_get_site_info" -> siteInfo();
      case "core_course_get_courses_by_field" -> course(form.get("value"));
      case "core_enrol_get_enrolled_users" -> enrolled(form);
      case "core_cohort_get_cohorts" -> cohorts();
      case "core_cohort_get_cohort_members" -> cohortMembers(form);
      case "core_user_get_users_by_field" -> usersById(form);
      case "mod_attendance_get_sessions" -> attendance(form.get("attendanceid"));
      case "gradereport_user_get_grade_items" -> grades(Integer.parseInt(form.get("courseid")) - 100);
      case "core_completion_get_course_completion_status" -> completion(
          Integer.parseInt(form.get("courseid")) - 100, Long.parseLong(form.get("userid")));
      case "core_role_assign_roles" -> assignRoles(form, "assignments", true);
      case "core_role_unassign_roles" -> assignRoles(form, "unassignments", false);
      case "core_notes_create_notes" -> deliver(form, "notes", "userid", "clientnoteid", "noteid", "note");
      case "core_message_send_instant_messages" -> deliver(form, "messages", "touserid", "clientmsgid", "msgid",
          "message");
      default -> "{\"exception\":\"dml_missing_record_exception\",\"errorcode\":\"invalidrecord\","
          + "\"message\":\"Can't find data record in database table external_functions.\"}";
    };
  }

  /**
   * One transaction, as core_role_external does: each row needs contextlevel with instanceid (or contextid), and
   * a user context exists only while its user does; any refused row leaves every row unapplied.
   */
  private String assignRoles(Map<String, String> form, String list, boolean assign) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; form.containsKey(list + "[" + i + "][roleid]"); i++) {
      String prefix = list + "[" + i + "]";
      if (!form.containsKey(prefix + "[contextid]")
          && !(form.containsKey(prefix + "[contextlevel]") && form.containsKey(prefix + "[instanceid]"))) {
        return gate.invalidParameter(
            "Missing parameters, please provide either context level with instance id or contextid");
      }
      long instance = Long.parseLong(form.get(prefix + "[instanceid]"));
      if (deletedStudents.contains((int) (instance - 10000))) {
        return gate.invalidParameter("Context does not exist");
      }
      rows.add("role:" + form.get(prefix + "[roleid]") + "/user:" + form.get(prefix + "[userid]")
          + "/usercontext:" + instance);
    }
    synchronized (roleAssignments) {
      if (assign) {
        roleAssignments.addAll(rows);
      } else {
        roleAssignments.removeAll(rows);
      }
    }
    return "null";
  }

  /** Notes and messages: each item answered in band with its new id and the client's id. */
  private String deliver(Map<String, String> form, String list, String userField, String clientField,
      String idField, String kind) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; form.containsKey(list + "[" + i + "][" + userField + "]"); i++) {
      String prefix = list + "[" + i + "]";
      String client = form.getOrDefault(prefix + "[" + clientField + "]", "");
      deliveries.add(kind + ":" + form.get(prefix + "[" + userField + "]") + ":" + client);
      answers.add("{\"" + idField + "\":" + (900 + deliveries.size()) + ",\"" + clientField + "\":\"" + client
          + "\"}");
    }
    return "[" + String.join(",", answers) + "]";
  }

  /**
   * The first course has completion tracking off, which Moodle answers with {@code cannotviewreport}; in the
   * others one activity criterion, met by students with an even user id.
   */
  private String completion(int course, long user) {
    if (suspendedStudents.contains((int) (user - 10000))) {
      // completion_info::is_tracked_user counts only active enrolments
      return "{\"exception\":\"moodle_exception\",\"errorcode\":\"usernotenroled\","
          + "\"message\":\"The user is not enrolled in this course\"}";
    }
    if (course == 0) {
      return "{\"exception\":\"moodle_exception\",\"errorcode\":\"cannotviewreport\","
          + "\"message\":\"You cannot view this report\"}";
    }
    boolean done = user % 2 == 0;
    return "{\"completionstatus\":{\"completed\":" + done + ",\"aggregation\":1,\"completions\":[{\"type\":4,"
        + "\"title\":\"Activity completion\",\"status\":\"" + (done ? "Yes" : "No") + "\",\"complete\":" + done
        + ",\"timecompleted\":" + (done ? "1790000000" : "null") + ",\"details\":{\"type\":\"Activity\","
        + "\"criteria\":\"Lab 1\",\"requirement\":\"Marking yourself complete\",\"status\":\"\"}}]},"
        + "\"warnings\":[]}";
  }

  /** Whether mod_attendance is installed and in the token's service. */
  public volatile boolean attendanceInstalled;

  /** Attendance instances that exist; empty means every id asked for exists. */
  public final Set<Long> attendanceInstances = ConcurrentHashMap.newKeySet();

  /** One session per instance: students 1 and 2 present, 3 absent; an unknown instance is Moodle's missing record. */
  private String attendance(String instance) {
    if (!attendanceInstances.isEmpty() && !attendanceInstances.contains(Long.parseLong(instance))) {
      return "{\"exception\":\"dml_missing_record_exception\",\"errorcode\":\"invalidrecord\","
          + "\"message\":\"Can't find data record in database table attendance.\"}";
    }
    return "[{\"id\":700,\"attendanceid\":" + instance + ",\"groupid\":0,\"sessdate\":1790000000,"
        + "\"duration\":3600,\"lasttaken\":1790003600,\"statuses\":[{\"id\":1,\"acronym\":\"P\"},"
        + "{\"id\":4,\"acronym\":\"A\"}],\"attendance_log\":[{\"studentid\":10001,\"statusid\":1},"
        + "{\"studentid\":10002,\"statusid\":1},{\"studentid\":10003,\"statusid\":4},"
        + "{\"studentid\":5001,\"statusid\":1}],\"users\":[]}]";
  }

  /** What core_webservice_get_site_info reports; a weekly "+" build has a decimal version. */
  public volatile String release = "4.3";

  /** The site's version number, PARAM_TEXT in Moodle's return description. */
  public volatile String version = "2023100900";

  private String siteInfo() {
    return "{\"sitename\":\"Simulated University\",\"siteurl\":\"http://127.0.0.1\",\"username\":\"stk\","
        + "\"userid\":2,\"functions\":[{\"name\":\"core_enrol_get_enrolled_users\",\"version\":\"1\"}"
        + (attendanceInstalled ? ",{\"name\":\"mod_attendance_get_sessions\",\"version\":\"1\"}" : "") + "],"
        + "\"release\":\"" + release + "\",\"version\":\"" + version + "\",\"advancedfeatures\":[]}";
  }

  /** A course (by index) the integration user cannot enter: Moodle shows it only its public summary. */
  public volatile int summaryOnlyCourse = -1;

  private String course(String shortname) {
    int c = shortname.matches("CHEM\\d{3}") ? Integer.parseInt(shortname.substring(4)) - 1 : -1;
    if (c >= 0 && c == summaryOnlyCourse) {
      return "{\"courses\":[{\"id\":" + (100 + c) + ",\"fullname\":\"Chemistry " + (c + 1) + "\",\"displayname\":"
          + "\"Chemistry\",\"shortname\":\"" + shortname + "\",\"categoryid\":1,\"categoryname\":\"Chemistry\","
          + "\"sortorder\":10001,\"summary\":\"\",\"summaryformat\":1,\"summaryfiles\":[],\"overviewfiles\":[],"
          + "\"contacts\":[],\"enrollmentmethods\":[\"manual\"]}],\"warnings\":[]}";
    }
    if (c >= 0 && c < courses) {
      return "{\"courses\":[{\"id\":" + (100 + c) + ",\"shortname\":\"" + shortname + "\",\"fullname\":"
          + "\"Chemistry " + (c + 1) + "\",\"displayname\":\"Chemistry\",\"idnumber\":\"\",\"categoryid\":1,"
          + "\"visible\":1,\"startdate\":1788220800,\"enddate\":0}],\"warnings\":[]}";
    }
    return "{\"courses\":[],\"warnings\":[]}";
  }

  /**
   * A course (by index) that uses separate groups while the integration user lacks
   * {@code moodle/site:accessallgroups}: Moodle answers its enrolled users with an empty list, not an error.
   */
  public volatile int separateGroupsCourse = -1;

  private String enrolled(Map<String, String> form) {
    int course = Integer.parseInt(form.get("courseid")) - 100;
    if (course == separateGroupsCourse) {
      return "[]";
    }
    boolean onlyActive = "1".equals(option(form, "onlyactive", "0"));
    if (onlyActive && !enrolReviewAllowed) {
      return "{\"exception\":\"required_capability_exception\",\"errorcode\":\"nopermissions\","
          + "\"message\":\"Sorry, but you do not currently have permissions to do that (Review course "
          + "enrolments).\"}";
    }
    boolean idsOnly = !option(form, "userfields", "").isEmpty();
    List<String> users = new ArrayList<>();
    for (int s : studentsByCourse.get(course)) {
      if (onlyActive && suspendedStudents.contains(s)) {
        continue;
      }
      users.add(idsOnly ? "{\"id\":" + (10000 + s) + ",\"fullname\":\"Student " + s + "\"}" : student(s));
    }
    for (int t = 1; t <= staff; t++) {
      if (course % staff == t - 1 || (course + 1) % staff == t - 1) {
        users.add(idsOnly ? "{\"id\":" + (5000 + t) + ",\"fullname\":\"Dr Tutor " + t + "\"}" : teacher(t));
      }
    }
    int from = intOption(form, "limitfrom", 0);
    int number = intOption(form, "limitnumber", 0);
    int to = number == 0 ? users.size() : Math.min(users.size(), from + number);
    return "[" + String.join(",", users.subList(Math.min(from, users.size()), to)) + "]";
  }

  /**
   * Written as a naive simulation would, with a {@code suspended} flag; Moodle's return description for
   * enrolled users has no such field, so {@link StrictGate#answer} drops it as Moodle does.
   */
  private String student(int s) {
    return "{\"id\":" + (10000 + s) + ",\"fullname\":\"Student " + s + "\",\"username\":\"s" + s + "\","
        + "\"email\":\"s" + s + "@example.ac.uk\",\"idnumber\":\"" + studentNumber(s) + "\",\"suspended\":"
        + (suspendedStudents.contains(s) ? 1 : 0) + ","
        + "\"firstaccess\":1788220800,\"lastaccess\":1790000000,\"lastcourseaccess\":0,"
        + "\"profileimageurl\":\"x\",\"profileimageurlsmall\":\"y\",\"customfields\":[{\"type\":\"checkbox\","
        + "\"value\":\"" + (s % 10 == 0 ? "1" : "0") + "\",\"name\":\"Plan\",\"shortname\":\"dsp\"}],"
        + "\"groups\":[],\"roles\":[{\"roleid\":5,\"name\":\"\",\"shortname\":\"student\",\"sortorder\":0}]}";
  }

  private static String teacher(int t) {
    return "{\"id\":" + (5000 + t) + ",\"fullname\":\"Dr Tutor " + t + "\",\"username\":\"t" + t + "\","
        + "\"idnumber\":\"" + staffNumber(t) + "\",\"profileimageurl\":\"x\",\"profileimageurlsmall\":\"y\","
        + "\"roles\":[{\"roleid\":3,\"name\":\"\",\"shortname\":\"editingteacher\",\"sortorder\":0}]}";
  }

  private String usersById(Map<String, String> form) {
    List<String> users = new ArrayList<>();
    for (int i = 0; form.containsKey("values[" + i + "]"); i++) {
      int s = Integer.parseInt(form.get("values[" + i + "]")) - 10000;
      if (s >= 1 && s <= students && !deletedStudents.contains(s)) { // Moodle leaves deleted users out
        users.add(student(s).replace(",\"roles\":[{\"roleid\":5,\"name\":\"\",\"shortname\":\"student\","
            + "\"sortorder\":0}]", ""));
      }
    }
    return "[" + String.join(",", users) + "]";
  }

  private static String cohorts() {
    return "[{\"id\":1,\"name\":\"Year 1\",\"idnumber\":\"chem-y1\",\"description\":\"\",\"descriptionformat\":1,"
        + "\"visible\":true},{\"id\":2,\"name\":\"Year 2\",\"idnumber\":\"chem-y2\",\"description\":\"\","
        + "\"descriptionformat\":1,\"visible\":true},{\"id\":3,\"name\":\"Year 3\",\"idnumber\":\"chem-y3\","
        + "\"description\":\"\",\"descriptionformat\":1,\"visible\":false},{\"id\":9,\"name\":\"Other\","
        + "\"idnumber\":\"\",\"description\":\"\",\"descriptionformat\":1,\"visible\":true}]";
  }

  private String cohortMembers(Map<String, String> form) {
    List<String> answers = new ArrayList<>();
    for (int i = 0; form.containsKey("cohortids[" + i + "]"); i++) {
      int cohort = Integer.parseInt(form.get("cohortids[" + i + "]"));
      List<String> ids = new ArrayList<>();
      for (int s = 1; s <= students; s++) {
        if (s % 3 + 1 == cohort) {
          ids.add(String.valueOf(10000 + s));
        }
      }
      answers.add("{\"cohortid\":" + cohort + ",\"userids\":[" + String.join(",", ids) + "]}");
    }
    return "[" + String.join(",", answers) + "]";
  }

  private String grades(int course) {
    StringBuilder json = new StringBuilder("{\"usergrades\":[");
    List<Integer> enrolled = studentsByCourse.get(course);
    for (int i = 0; i < enrolled.size(); i++) {
      int s = enrolled.get(i);
      json.append(i == 0 ? "" : ",").append("{\"courseid\":").append(100 + course).append(",\"userid\":")
          .append(10000 + s).append(",\"userfullname\":\"Student ").append(s).append("\",\"maxdepth\":2,")
          .append("\"gradeitems\":[");
      for (int item = 1; item <= itemsPerEnrolment; item++) {
        boolean total = item == itemsPerEnrolment;
        boolean graded = (s + item) % 7 != 0;
        json.append(item == 1 ? "" : ",").append("{\"id\":").append(course * 100 + item)
            .append(",\"itemname\":").append(total ? "null" : "\"Assignment " + item + "\"")
            .append(",\"itemtype\":\"").append(total ? "course" : "mod").append("\",\"graderaw\":")
            .append(graded ? String.valueOf(40 + (s * item) % 60) : "null")
            .append(",\"grademin\":0,\"grademax\":100,\"gradedategraded\":").append(graded ? "1790000000" : "null")
            .append(",\"gradeishidden\":false}");
      }
      json.append("]}");
    }
    return json.append("],\"warnings\":[]}").toString();
  }

  /** Whether the integration user's role holds moodle/course:enrolreview, which the onlyactive option needs. */
  public volatile boolean enrolReviewAllowed = true;

  private static String option(Map<String, String> form, String name, String fallback) {
    for (int i = 0; form.containsKey("options[" + i + "][name]"); i++) {
      if (form.get("options[" + i + "][name]").equals(name)) {
        return form.get("options[" + i + "][value]");
      }
    }
    return fallback;
  }

  private static int intOption(Map<String, String> form, String name, int fallback) {
    for (int i = 0; form.containsKey("options[" + i + "][name]"); i++) {
      if (form.get("options[" + i + "][name]").equals(name)) {
        return Integer.parseInt(form.get("options[" + i + "][value]"));
      }
    }
    return fallback;
  }

}
