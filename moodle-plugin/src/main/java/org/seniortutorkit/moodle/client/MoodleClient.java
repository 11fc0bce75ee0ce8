package org.seniortutorkit.moodle.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import org.seniortutorkit.moodle.errors.MoodleException;

/**
 * A typed client for the Moodle REST web-service functions the plugin needs. Every call is a form-encoded POST to
 * {@code {wwwroot}/webservice/rest/server.php}, so the token never appears in a URL; errors come back as {@link
 * MoodleException} subtypes; reads and idempotent writes are retried with backoff on transient failures.
 *
 * <pre>{@code
 * MoodleClient moodle = MoodleClient.builder()
 *     .baseUrl("https://moodle.example.ac.uk")
 *     .token(MoodleToken.of(System.getenv("MOODLE_TOKEN")))
 *     .maxConcurrentRequests(8)
 *     .build();
 * SiteInfo site = moodle.siteInfo();
 * }</pre>
 *
 * <p>Thread-safe: fan-out reads may call it from many threads; at most {@code maxConcurrentRequests} requests
 * are in flight at once.
 */
public final class MoodleClient {
  /** Moodle's page size for {@code core_enrol_get_enrolled_users}. */
  public static final int DEFAULT_PAGE_SIZE = 500;

  private final Transport transport;
  private final int pageSize;
  private final int maxConcurrentRequests;

  private MoodleClient(Transport transport, int pageSize, int maxConcurrentRequests) {
    this.transport = transport;
    this.pageSize = pageSize;
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  public static Builder builder() {
    return new Builder();
  }

  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /** {@code core_webservice_get_site_info}: the health check and the list of callable functions. */
  public SiteInfo siteInfo() {
    return SiteInfo.read(call(MoodleFunction.GET_SITE_INFO, FormParameters.create()));
  }

  /** {@code core_user_get_users_by_field} with field {@code id}, {@code idnumber}, {@code username} or {@code email}. */
  public List<MoodleUser> usersByField(String field, List<?> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    FormParameters params = FormParameters.create().add("field", field).addList("values", values);
    return call(MoodleFunction.GET_USERS_BY_FIELD, params).elements().stream().map(MoodleUser::read).toList();
  }

  /**
   * All users enrolled in {@code courseId}, fetched in pages of the configured size with {@code limitfrom} /
   * {@code limitnumber} so a large course never needs one huge response.
   */
  public List<MoodleUser> enrolledUsers(long courseId) {
    List<MoodleUser> users = new ArrayList<>();
    for (int from = 0; ; from += pageSize) {
      List<MoodleUser> page = enrolledUsersPage(courseId, from, pageSize);
      users.addAll(page);
      if (page.size() < pageSize) {
        return List.copyOf(users);
      }
    }
  }

  /** One page of {@code core_enrol_get_enrolled_users}, sorted by id so pages are stable. */
  public List<MoodleUser> enrolledUsersPage(long courseId, int limitFrom, int limitNumber) {
    List<Map<String, ?>> options = List.of(
        Map.of("name", "limitfrom", "value", limitFrom),
        Map.of("name", "limitnumber", "value", limitNumber),
        Map.of("name", "sortby", "value", "id"));
    FormParameters params = FormParameters.create().add("courseid", courseId).addObjects("options", options);
    return call(MoodleFunction.GET_ENROLLED_USERS, params).elements().stream().map(MoodleUser::read).toList();
  }

  /**
   * The ids of the users whose enrolment in {@code courseId} is active now ({@code onlyactive}, which needs
   * {@code moodle/course:enrolreview}), read in pages with only id and fullname. Moodle's enrolled-user answer
   * has no suspended flag, so the users enrolled but missing here are the suspended (or not yet started, or
   * expired) ones.
   */
  public java.util.Set<Long> activeEnrolledUserIds(long courseId) {
    java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
    for (int from = 0; ; from += pageSize) {
      List<Map<String, ?>> options = List.of(
          Map.of("name", "onlyactive", "value", 1),
          Map.of("name", "userfields", "value", "id,fullname"),
          Map.of("name", "limitfrom", "value", from),
          Map.of("name", "limitnumber", "value", pageSize),
          Map.of("name", "sortby", "value", "id"));
      FormParameters params = FormParameters.create().add("courseid", courseId).addObjects("options", options);
      List<Json> page = call(MoodleFunction.GET_ENROLLED_USERS, params).elements();
      page.forEach(user -> ids.add(user.requiredLong("id")));
      if (page.size() < pageSize) {
        return java.util.Collections.unmodifiableSet(ids);
      }
    }
  }

  /** {@code core_course_get_courses_by_field}; {@code field} is id, ids, shortname, idnumber or category. */
  public List<Course> coursesByField(String field, String value) {
    FormParameters params = FormParameters.create().add("field", field).add("value", value);
    return call(MoodleFunction.GET_COURSES_BY_FIELD, params).requiredList("courses", Course::read);
  }

  /** {@code core_cohort_get_cohorts}; an empty list asks for every cohort. */
  public List<Cohort> cohorts(List<Long> cohortIds) {
    FormParameters params = FormParameters.create().addList("cohortids", cohortIds);
    return call(MoodleFunction.GET_COHORTS, params).elements().stream().map(Cohort::read).toList();
  }

  /** {@code core_cohort_get_cohort_members}. */
  public List<CohortMembers> cohortMembers(List<Long> cohortIds) {
    if (cohortIds.isEmpty()) {
      return List.of();
    }
    FormParameters params = FormParameters.create().addList("cohortids", cohortIds);
    return call(MoodleFunction.GET_COHORT_MEMBERS, params).elements().stream().map(CohortMembers::read).toList();
  }

  /** {@code core_cohort_add_cohort_members} by cohort id and user id; "already a member" is warning code 3. */
  public List<Warning> addCohortMembers(Map<Long, List<Long>> usersByCohort) {
    List<Map<String, ?>> members = new ArrayList<>();
    usersByCohort.forEach((cohort, users) -> users.forEach(user -> members.add(Map.of(
        "cohorttype", orderedPair("type", "id", "value", cohort),
        "usertype", orderedPair("type", "id", "value", user)))));
    if (members.isEmpty()) {
      return List.of();
    }
    FormParameters params = FormParameters.create().addObjects("members", members);
    return call(MoodleFunction.ADD_COHORT_MEMBERS, params).list("warnings", Warning::read);
  }

  /** {@code core_cohort_delete_cohort_members}; Moodle returns JSON {@code null}. */
  public void deleteCohortMembers(Map<Long, List<Long>> usersByCohort) {
    List<Map<String, ?>> members = new ArrayList<>();
    usersByCohort.forEach((cohort, users) -> users.forEach(user ->
        members.add(orderedPair("cohortid", cohort, "userid", user))));
    if (!members.isEmpty()) {
      expectNull(call(MoodleFunction.DELETE_COHORT_MEMBERS, FormParameters.create().addObjects("members", members)));
    }
  }

  /** {@code core_role_assign_roles}: one transaction, all rows or none. */
  public void assignRoles(List<RoleAssignment> assignments) {
    if (!assignments.isEmpty()) {
      expectNull(call(MoodleFunction.ASSIGN_ROLES, FormParameters.create().addObjects("assignments", rows(assignments))));
    }
  }

  /** {@code core_role_unassign_roles}: one transaction, all rows or none. */
  public void unassignRoles(List<RoleAssignment> assignments) {
    if (!assignments.isEmpty()) {
      expectNull(call(MoodleFunction.UNASSIGN_ROLES,
          FormParameters.create().addObjects("unassignments", rows(assignments))));
    }
  }

  /** {@code gradereport_user_get_grade_items} for every user the token may see in {@code courseId}. */
  public List<UserGrades> gradeItems(long courseId) {
    FormParameters params = FormParameters.create().add("courseid", courseId).add("userid", 0).add("groupid", 0);
    return call(MoodleFunction.GET_GRADE_ITEMS, params).requiredList("usergrades", UserGrades::read);
  }

  /**
   * {@code core_completion_get_course_completion_status}; a course with no criteria is "not configured", one whose
   * completion Moodle will not show ({@code cannotviewreport}) is "unreadable".
   */
  public CompletionStatus completionStatus(long courseId, long userId) {
    FormParameters params = FormParameters.create().add("courseid", courseId).add("userid", userId);
    try {
      return CompletionStatus.read(courseId, userId, call(MoodleFunction.GET_COURSE_COMPLETION_STATUS, params));
    } catch (MoodleException refusal) {
      String code = refusal.errorCode().orElse("");
      if (code.equals("nocriteriaset") || code.equals("err_nocriteria")) {
        return CompletionStatus.notConfigured(courseId, userId);
      }
      if (code.equals("cannotviewreport")) {
        return CompletionStatus.unreadable(courseId, userId);
      }
      throw refusal;
    }
  }

  /** Moodle's FORMAT_PLAIN: notes and messages take a format constant (PARAM_INT), not a name. */
  static final int FORMAT_PLAIN = 2;

  /** {@code core_notes_create_notes} in plain text. Never retried: a repeat would create a second note. */
  public List<DeliveryResult> createNotes(List<OutgoingNote> notes) {
    List<Map<String, ?>> rows = notes.stream().map(note -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("userid", note.userId());
      row.put("publishstate", note.publishState());
      row.put("courseid", note.courseId());
      row.put("text", note.text());
      row.put("format", FORMAT_PLAIN);
      row.put("clientnoteid", note.clientNoteId());
      return row;
    }).collect(Collectors.toList());
    return call(MoodleFunction.CREATE_NOTES, FormParameters.create().addObjects("notes", rows))
        .elements().stream().map(DeliveryResult::note).toList();
  }

  /** {@code core_message_send_instant_messages} in plain text (format 2). Never retried. */
  public List<DeliveryResult> sendInstantMessages(List<OutgoingMessage> messages) {
    List<Map<String, ?>> rows = messages.stream().map(message -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("touserid", message.toUserId());
      row.put("text", message.text());
      row.put("textformat", FORMAT_PLAIN);
      row.put("clientmsgid", message.clientMessageId());
      return row;
    }).collect(Collectors.toList());
    return call(MoodleFunction.SEND_INSTANT_MESSAGES, FormParameters.create().addObjects("messages", rows))
        .elements().stream().map(DeliveryResult::message).toList();
  }

  /**
   * {@code mod_attendance_get_sessions} for one attendance instance. The plugin is optional: check {@link
   * SiteInfo#supports} with {@link MoodleFunction#GET_ATTENDANCE_SESSIONS} first.
   */
  public List<AttendanceSession> attendanceSessions(long attendanceId) {
    FormParameters params = FormParameters.create().add("attendanceid", attendanceId);
    return call(MoodleFunction.GET_ATTENDANCE_SESSIONS, params).elements().stream()
        .map(AttendanceSession::read).toList();
  }

  /** Any function, for callers extending the client; the answer is validated by the caller. */
  public Json call(MoodleFunction function, FormParameters parameters) {
    JsonNode answer = transport.call(function, parameters);
    return Json.root(function.wsName(), answer);
  }

  private static void expectNull(Json answer) {
    if (!answer.isNull()) {
      throw answer.fail("must be null (the documented return of this function)");
    }
  }

  private static List<Map<String, ?>> rows(List<RoleAssignment> assignments) {
    return assignments.stream().<Map<String, ?>>map(a -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("roleid", a.roleId());
      row.put("userid", a.userId());
      row.put("contextlevel", a.contextLevel());
      row.put("instanceid", a.instanceId());
      return row;
    }).toList();
  }

  private static Map<String, Object> orderedPair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> pair = new LinkedHashMap<>();
    pair.put(k1, v1);
    pair.put(k2, v2);
    return pair;
  }

  /** Configures a {@link MoodleClient}; only the base URL and the token are required. */
  public static final class Builder {
    private String baseUrl;
    private MoodleToken token;
    private boolean allowInsecureLoopback;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofSeconds(120);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrentRequests = 8;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private final List<Interceptor> interceptors = new ArrayList<>();
    private Transport.Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());

    private Builder() {}

    /** The site's wwwroot, e.g. {@code https://moodle.example.ac.uk}. */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder token(MoodleToken token) {
      this.token = token;
      return this;
    }

    /** Accept plain HTTP to 127.0.0.0/8, localhost or ::1 only: for a development Moodle, never production. */
    public Builder allowInsecureLoopback(boolean allow) {
      this.allowInsecureLoopback = allow;
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** How long to wait for Moodle between bytes; a slow PHP page counts here. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return this;
    }

    /** At most this many requests in flight at once, however many threads call the client. */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1 || max > 64) {
        throw new IllegalArgumentException("maxConcurrentRequests = " + max + " must be between 1 and 64");
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    public Builder pageSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pageSize = " + size + " must be positive");
      }
      this.pageSize = size;
      return this;
    }

    /**
     * An application interceptor (metrics, tracing). The request body holds the token: an interceptor must
     * never log bodies.
     */
    public Builder addInterceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor));
      return this;
    }

    Builder sleeper(Transport.Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /** Skips the pauses between retries: for tests that exercise the retry paths. */
    public Builder withoutBackoffPauses() {
      return sleeper(duration -> { });
    }

    public MoodleClient build() {
      if (token == null) {
        throw new IllegalArgumentException("MoodleClient needs a token: set tokenEnv or tokenFile in moodle.json");
      }
      HttpUrl serverUrl = Endpoint.serverUrl(baseUrl, allowInsecureLoopback);
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(maxConcurrentRequests);
      dispatcher.setMaxRequestsPerHost(maxConcurrentRequests);
      OkHttpClient.Builder http = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .socketFactory(new NoDelaySockets())
          .connectionPool(new ConnectionPool(maxConcurrentRequests, 5, java.util.concurrent.TimeUnit.MINUTES))
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .writeTimeout(readTimeout)
          .callTimeout(callTimeout)
          // We decide about repeats ourselves: OkHttp's silent retry could repeat a non-idempotent POST.
          .retryOnConnectionFailure(false)
          .followRedirects(false);
      interceptors.forEach(http::addInterceptor);
      Transport transport = new Transport(http.build(), serverUrl, token, retryPolicy, maxConcurrentRequests,
          sleeper);
      return new MoodleClient(transport, pageSize, maxConcurrentRequests);
    }
  }
}
