package org.seniortutorkit.moodle.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Reads and validates {@code moodle.json}. Every problem is reported at once as {@code $.path = value rule};
 * unknown fields are refused so a typo cannot silently switch a setting off. An inline token is refused: the
 * file names where the token is kept, never the token.
 */
public final class MoodleConfigReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern SHORTNAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Z_][A-Z0-9_]*");
  /** {@code user:password@} in the authority, or any query such as {@code ?wstoken=}. */
  private static final Pattern CREDENTIALS_OR_QUERY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*@|\\?");

  private final List<String> problems = new ArrayList<>();
  private final String source;
  private final Path baseDirectory;

  private MoodleConfigReader(String source, Path baseDirectory) {
    this.source = source;
    this.baseDirectory = baseDirectory;
  }

  /** Reads {@code file}; relative paths inside it (token file, journal) are relative to its directory. */
  public static MoodleConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MoodleConfigException(file.toString(), List.of("cannot be read (" + e.getClass().getSimpleName()
          + "): check the --config path"));
    }
    Path directory = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), directory);
  }

  /** Parses {@code json}, naming {@code source} in error messages. */
  public static MoodleConfig parse(String json, String source, Path baseDirectory) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new MoodleConfigException(source, List.of("is not valid JSON at line "
          + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
    }
    return new MoodleConfigReader(source, baseDirectory).config(root == null ? MissingNode.getInstance() : root);
  }

  private MoodleConfig config(JsonNode root) {
    if (!root.isObject()) {
      throw new MoodleConfigException(source, List.of("$ must be a JSON object"));
    }
    allowOnly(root, "$", "baseUrl", "allowInsecureLoopback", "token", "department", "academicYear", "tutorRoleId",
        "studentRoleShortname", "staffRoleShortnames", "profileFields", "programmes", "yearGroups",
        "attendanceInstances", "readCompletion", "tutorCohortPattern", "concerns", "http", "batchSize", "journal", "timeZone");
    String baseUrl = requiredText(root, "$", "baseUrl");
    if (baseUrl != null && CREDENTIALS_OR_QUERY.matcher(baseUrl).find()) {
      // Said without the value: it would repeat the password or token.
      problem("$.baseUrl", null, "must not carry a user name, password or query (such as wstoken): give the "
          + "site's wwwroot alone, and the token through token.env or token.file");
    } else if (baseUrl != null && !baseUrl.matches("https?://.+")) {
      problem("$.baseUrl", baseUrl, "must be the site's wwwroot, e.g. https://moodle.example.ac.uk");
    }
    boolean insecure = bool(root, "$", "allowInsecureLoopback", false);
    TokenSource token = token(root.path("token"));
    String department = requiredText(root, "$", "department");
    if (department != null && !SHORTNAME.matcher(department).matches()) {
      problem("$.department", department, "must be 1-100 letters, digits, '.', '_' or '-'");
    }
    int year = (int) integer(root, "$", "academicYear", null, 2000, 2100);
    long tutorRole = integer(root, "$", "tutorRoleId", null, 1, Integer.MAX_VALUE);
    String studentRole = shortname(root, "$", "studentRoleShortname", "student");
    Set<String> staffRoles = shortnames(root, "$", "staffRoleShortnames", List.of("editingteacher", "teacher"));
    ProfileFields fields = profileFields(root.path("profileFields"));
    List<ProgrammeSource> programmes = programmes(root.path("programmes"));
    List<YearGroupSource> yearGroups = yearGroups(root.path("yearGroups"));
    List<Long> attendance = ids(root, "$", "attendanceInstances");
    boolean completion = bool(root, "$", "readCompletion", false);
    Optional<String> cohortPattern = optionalText(root, "$", "tutorCohortPattern");
    cohortPattern.filter(p -> !p.contains("{tutor}")).ifPresent(p ->
        problem("$.tutorCohortPattern", p, "must contain {tutor}, e.g. pt-{tutor}"));
    JsonNode concerns = root.path("concerns");
    allowOnly(concerns, "$.concerns", "delivery", "courseId");
    MoodleConfig.ConcernDelivery delivery = enumValue(concerns, "$.concerns", "delivery",
        MoodleConfig.ConcernDelivery.class, MoodleConfig.ConcernDelivery.NOTE);
    long concernCourse = integer(concerns, "$.concerns", "courseId", 1L, 1, Long.MAX_VALUE);
    JsonNode http = root.path("http");
    allowOnly(http, "$.http", "timeoutSeconds", "maxConcurrentRequests", "maxAttempts");
    long timeout = integer(http, "$.http", "timeoutSeconds", 60L, 1, 600);
    int concurrency = (int) integer(http, "$.http", "maxConcurrentRequests", 8L, 1, 64);
    int attempts = (int) integer(http, "$.http", "maxAttempts", 4L, 1, 10);
    int batch = (int) integer(root, "$", "batchSize", 50L, 1, 500);
    Path journal = baseDirectory.resolve(optionalText(root, "$", "journal").orElse("moodle-journal.jsonl"));
    ZoneId zone = timeZone(root);
    if (!problems.isEmpty()) {
      throw new MoodleConfigException(source, problems);
    }
    return new MoodleConfig(baseUrl, insecure, token, department, year, tutorRole, studentRole, staffRoles,
        fields, programmes, yearGroups, attendance, completion, cohortPattern, delivery, concernCourse,
        Duration.ofSeconds(timeout), concurrency, attempts, batch, journal, zone);
  }

  private ZoneId timeZone(JsonNode root) {
    Optional<String> zone = optionalText(root, "$", "timeZone");
    if (zone.isEmpty()) {
      return MoodleConfig.DEFAULT_TIME_ZONE;
    }
    try {
      return ZoneId.of(zone.get());
    } catch (DateTimeException e) {
      problem("$.timeZone", zone.get(), "must be a time zone id such as Europe/London or UTC");
      return MoodleConfig.DEFAULT_TIME_ZONE;
    }
  }

  private TokenSource token(JsonNode token) {
    if (token.isMissingNode() || token.isNull()) {
      problem("$.token", null, "is required: {\"env\": \"MOODLE_TOKEN\"} or {\"file\": \"moodle.token\"}");
      return null;
    }
    if (token.isTextual()) {
      problem("$.token", "<redacted>", "must name where the token is kept ({\"env\": ...} or {\"file\": ...}), "
          + "never the token itself; revoke this token in Moodle if the file was shared");
      return null;
    }
    allowOnly(token, "$.token", "env", "file");
    Optional<String> env = optionalText(token, "$.token", "env");
    Optional<String> file = optionalText(token, "$.token", "file");
    if (env.isPresent() == file.isPresent()) {
      problem("$.token", token.toString(), "must have exactly one of env or file");
      return null;
    }
    if (env.isPresent()) {
      if (!ENV_NAME.matcher(env.get()).matches()) {
        problem("$.token.env", env.get(), "must be an environment variable name such as MOODLE_TOKEN");
      }
      return new TokenSource.EnvironmentVariable(env.get());
    }
    return new TokenSource.TokenFile(baseDirectory.resolve(file.get()));
  }

  private ProfileFields profileFields(JsonNode node) {
    allowOnly(node, "$.profileFields", "studentNumber", "programme", "yearOfStudy", "complexNeeds");
    Map<ComplexNeed, String> needs = new EnumMap<>(ComplexNeed.class);
    JsonNode needNode = node.path("complexNeeds");
    if (!needNode.isMissingNode()) {
      if (!needNode.isObject()) {
        problem("$.profileFields.complexNeeds", needNode.toString(), "must be an object of need -> field shortname");
      } else {
        for (Map.Entry<String, JsonNode> entry : needNode.properties()) {
          String path = "$.profileFields.complexNeeds." + entry.getKey();
          try {
            ComplexNeed need = ComplexNeed.valueOf(entry.getKey());
            String shortname = shortname(needNode, "$.profileFields.complexNeeds", entry.getKey(), null);
            if (shortname != null) {
              needs.put(need, shortname);
            }
          } catch (IllegalArgumentException e) {
            problem(path, entry.getKey(), "must be one of " + List.of(ComplexNeed.values()));
          }
        }
      }
    }
    return new ProfileFields(
        Optional.ofNullable(shortname(node, "$.profileFields", "studentNumber", null)),
        Optional.ofNullable(shortname(node, "$.profileFields", "programme", null)),
        Optional.ofNullable(shortname(node, "$.profileFields", "yearOfStudy", null)),
        Map.copyOf(needs));
  }

  private List<ProgrammeSource> programmes(JsonNode node) {
    List<ProgrammeSource> programmes = new ArrayList<>();
    if (!node.isArray() || node.isEmpty()) {
      problem("$.programmes", node.isMissingNode() ? null : node.toString(), "must list at least one programme");
      return programmes;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode programme = node.get(i);
      String path = "$.programmes[" + i + "]";
      allowOnly(programme, path, "code", "level", "courses", "cohort");
      String code = shortname(programme, path, "code", null);
      if (code == null) {
        continue;
      }
      StudyLevel level = enumValue(programme, path, "level", StudyLevel.class, StudyLevel.UNDERGRADUATE);
      List<String> courses = List.copyOf(shortnames(programme, path, "courses", List.of()));
      Optional<String> cohort = Optional.ofNullable(shortname(programme, path, "cohort", null));
      if (courses.isEmpty() && cohort.isEmpty()) {
        problem(path, programme.toString(), "must name courses or a cohort that hold its students");
      }
      programmes.add(new ProgrammeSource(code, level, courses, cohort));
    }
    return List.copyOf(programmes);
  }

  private List<YearGroupSource> yearGroups(JsonNode node) {
    List<YearGroupSource> groups = new ArrayList<>();
    if (node.isMissingNode()) {
      return groups;
    }
    if (!node.isArray()) {
      problem("$.yearGroups", node.toString(), "must be an array");
      return groups;
    }
    for (int i = 0; i < node.size(); i++) {
      String path = "$.yearGroups[" + i + "]";
      allowOnly(node.get(i), path, "year", "cohort");
      int year = (int) integer(node.get(i), path, "year", null, 1, 7);
      String cohort = shortname(node.get(i), path, "cohort", null);
      if (cohort != null && year > 0) {
        groups.add(new YearGroupSource(year, cohort));
      }
    }
    return List.copyOf(groups);
  }

  private void allowOnly(JsonNode node, String path, String... names) {
    if (node.isMissingNode()) {
      return;
    }
    if (!node.isObject()) {
      problem(path, node.toString(), "must be a JSON object");
      return;
    }
    Set<String> allowed = Set.of(names);
    node.fieldNames().forEachRemaining(name -> {
      if (!allowed.contains(name)) {
        problem(path + "." + name, null, "is not a known setting (known: " + String.join(", ", names) + ")");
      }
    });
  }

  private String requiredText(JsonNode node, String path, String name) {
    Optional<String> value = optionalText(node, path, name);
    if (value.isEmpty() && !node.has(name)) {
      problem(path + "." + name, null, "is required");
    }
    return value.orElse(null);
  }

  private Optional<String> optionalText(JsonNode node, String path, String name) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problem(path + "." + name, value.toString(), "must be a non-blank string");
      return Optional.empty();
    }
    return Optional.of(value.asText().strip());
  }

  private String shortname(JsonNode node, String path, String name, String fallback) {
    Optional<String> value = optionalText(node, path, name);
    if (value.isPresent() && !SHORTNAME.matcher(value.get()).matches()) {
      problem(path + "." + name, value.get(), "must be a Moodle shortname: letters, digits, '.', '_' or '-'");
      return null;
    }
    return value.orElse(fallback);
  }

  private Set<String> shortnames(JsonNode node, String path, String name, List<String> fallback) {
    JsonNode value = node.path(name);
    if (value.isMissingNode()) {
      return new LinkedHashSet<>(fallback);
    }
    Set<String> names = new LinkedHashSet<>();
    if (!value.isArray()) {
      problem(path + "." + name, value.toString(), "must be an array of shortnames");
      return names;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual() || !SHORTNAME.matcher(item.asText()).matches()) {
        problem(path + "." + name + "[" + i + "]", item.toString(), "must be a Moodle shortname");
      } else if (!names.add(item.asText())) {
        problem(path + "." + name + "[" + i + "]", item.asText(), "is listed twice");
      }
    }
    return names;
  }

  private List<Long> ids(JsonNode node, String path, String name) {
    JsonNode value = node.path(name);
    List<Long> ids = new ArrayList<>();
    if (value.isMissingNode()) {
      return ids;
    }
    if (!value.isArray()) {
      problem(path + "." + name, value.toString(), "must be an array of Moodle ids");
      return ids;
    }
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).canConvertToLong() || !value.get(i).isIntegralNumber() || value.get(i).asLong() < 1) {
        problem(path + "." + name + "[" + i + "]", value.get(i).toString(), "must be a positive integer id");
      } else {
        ids.add(value.get(i).asLong());
      }
    }
    return List.copyOf(ids);
  }

  private long integer(JsonNode node, String path, String name, Long fallback, long min, long max) {
    JsonNode value = node.path(name);
    if (value.isMissingNode() || value.isNull()) {
      if (fallback == null) {
        problem(path + "." + name, null, "is required");
        return 0;
      }
      return fallback;
    }
    if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
      problem(path + "." + name, value.toString(), "must be an integer from " + min + " to " + max);
      return fallback == null ? 0 : fallback;
    }
    return value.asLong();
  }

  private boolean bool(JsonNode node, String path, String name, boolean fallback) {
    JsonNode value = node.path(name);
    if (value.isMissingNode()) {
      return fallback;
    }
    if (!value.isBoolean()) {
      problem(path + "." + name, value.toString(), "must be true or false");
      return fallback;
    }
    return value.asBoolean();
  }

  private <E extends Enum<E>> E enumValue(JsonNode node, String path, String name, Class<E> type, E fallback) {
    Optional<String> value = optionalText(node, path, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problem(path + "." + name, value.get(), "must be one of " + List.of(type.getEnumConstants()));
      return fallback;
    }
  }

  private void problem(String path, String value, String rule) {
    problems.add(path + (value == null ? "" : " = " + value) + " " + rule);
  }
}
