package org.seniortutorkit.moodle.pull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.seniortutorkit.moodle.client.AttendanceSession;
import org.seniortutorkit.moodle.client.Cohort;
import org.seniortutorkit.moodle.client.CohortMembers;
import org.seniortutorkit.moodle.client.CompletionStatus;
import org.seniortutorkit.moodle.client.Course;
import org.seniortutorkit.moodle.client.MoodleClient;
import org.seniortutorkit.moodle.client.MoodleFunction;
import org.seniortutorkit.moodle.client.MoodleUser;
import org.seniortutorkit.moodle.client.SiteInfo;
import org.seniortutorkit.moodle.client.UserGrades;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.ProgrammeSource;
import org.seniortutorkit.moodle.errors.InvalidParameterException;
import org.seniortutorkit.moodle.errors.MissingCapabilityException;
import org.seniortutorkit.moodle.errors.MoodleException;
import org.seniortutorkit.moodle.errors.UnknownRecordException;
import org.seniortutorkit.moodle.records.AttendanceRecord;
import org.seniortutorkit.moodle.records.CompletionRecord;
import org.seniortutorkit.moodle.records.CourseRecord;
import org.seniortutorkit.moodle.records.GradeRecord;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Reads one department from Moodle into {@link PulledRecords}: students and staff from the configured courses'
 * enrolments and the programme cohorts, programmes and year groups from profile fields, courses or cohorts, and
 * (optionally) grades, completion and attendance. Independent reads run in parallel, bounded by the client's
 * concurrency limit; large enrolments are read page by page.
 */
public final class DepartmentPull {
  private static final int USERS_PER_LOOKUP = 100;
  private static final Set<String> TRUE_FLAGS = Set.of("1", "yes", "y", "true", "on");

  private final MoodleClient moodle;
  private final MoodleConfig config;
  private final Clock clock;
  private final ProgressListener progress;

  public DepartmentPull(MoodleClient moodle, MoodleConfig config, Clock clock, ProgressListener progress) {
    this.moodle = moodle;
    this.config = config;
    this.clock = clock;
    this.progress = progress;
  }

  /** Students, staff and courses only: what {@code plan} needs to resolve ids. */
  public PulledRecords people() {
    return pull(false);
  }

  /** Everything, including grades, completion (if configured) and attendance (if installed and configured). */
  public PulledRecords everything() {
    return pull(true);
  }

  private PulledRecords pull(boolean academicRecords) {
    List<String> problems = new ArrayList<>();
    SiteInfo site = moodle.siteInfo();
    try (FanOut fanOut = new FanOut(moodle.maxConcurrentRequests(), progress)) {
      Map<String, Course> courses = courses(fanOut, problems);
      List<Course> courseList = List.copyOf(courses.values());
      List<List<MoodleUser>> enrolments = fanOut.map("enrolments", courseList, c -> moodle.enrolledUsers(c.id()));
      Cohorts cohorts = cohorts(problems);
      People people = people(courseList, enrolments, cohorts, fanOut, problems);
      Set<Long> suspended = suspendedEverywhere(fanOut, courseList, people, problems);
      List<StudentRecord> students = students(people, cohorts, suspended, problems);
      List<StaffRecord> staff = staff(people, problems);
      List<GradeRecord> grades = List.of();
      List<CompletionRecord> completions = List.of();
      List<AttendanceRecord> attendance = List.of();
      if (academicRecords) {
        Map<Long, String> numbers = students.stream()
            .collect(Collectors.toMap(StudentRecord::moodleUserId, StudentRecord::studentNumber));
        grades = grades(fanOut, courseList, numbers);
        completions = config.readCompletion() ? completions(fanOut, courseList, people, numbers, problems)
            : List.of();
        attendance = attendance(fanOut, site, numbers, problems);
      }
      return new PulledRecords(site.siteName(), clock.instant(), students, staff, courseRecords(courseList),
          grades, completions, attendance, List.copyOf(problems));
    }
  }

  private Map<String, Course> courses(FanOut fanOut, List<String> problems) {
    List<String> shortnames = config.courseShortnames();
    List<List<Course>> found = fanOut.map("courses", shortnames, s -> moodle.coursesByField("shortname", s));
    Map<String, Course> courses = new LinkedHashMap<>();
    for (int i = 0; i < shortnames.size(); i++) {
      if (found.get(i).isEmpty()) {
        problems.add("course " + shortnames.get(i) + " (moodle.json) was not found or is not visible to the "
            + "integration user");
      } else if (!found.get(i).get(0).enterable()) {
        problems.add("course " + shortnames.get(i) + " (moodle.json) is shown to the integration user only as a "
            + "public summary: give its role moodle/course:view (and moodle/course:viewhiddencourses for hidden "
            + "courses); left out");
      } else {
        courses.put(shortnames.get(i), found.get(i).get(0));
      }
    }
    return courses;
  }

  /** The configured cohorts, by idnumber, with their member ids. */
  private record Cohorts(Map<String, Cohort> byIdnumber, Map<Long, Set<Long>> members) {
    Set<Long> membersOf(String idnumber) {
      Cohort cohort = byIdnumber.get(idnumber);
      return cohort == null ? Set.of() : members.getOrDefault(cohort.id(), Set.of());
    }
  }

  private Cohorts cohorts(List<String> problems) {
    Set<String> wanted = new LinkedHashSet<>();
    config.programmes().forEach(p -> p.cohortIdnumber().ifPresent(wanted::add));
    config.yearGroups().forEach(g -> wanted.add(g.cohortIdnumber()));
    if (wanted.isEmpty()) {
      return new Cohorts(Map.of(), Map.of());
    }
    Map<String, Cohort> byIdnumber = new LinkedHashMap<>();
    for (Cohort cohort : moodle.cohorts(List.of())) {
      cohort.idNumber().filter(wanted::contains).ifPresent(id -> byIdnumber.put(id, cohort));
    }
    wanted.stream().filter(id -> !byIdnumber.containsKey(id)).forEach(id ->
        problems.add("cohort with idnumber " + id + " (moodle.json) does not exist"));
    List<Long> ids = byIdnumber.values().stream().map(Cohort::id).toList();
    Map<Long, Set<Long>> members = moodle.cohortMembers(ids).stream()
        .collect(Collectors.toMap(CohortMembers::cohortId, m -> Set.copyOf(m.userIds()), (a, b) -> a));
    return new Cohorts(byIdnumber, members);
  }

  /** Who is a student or staff member, and in which courses. */
  private record People(Map<Long, MoodleUser> users, Map<Long, Set<String>> studentCourses,
      Map<Long, Set<String>> staffCourses, Map<Long, Set<String>> staffRoles) {}

  private People people(List<Course> courses, List<List<MoodleUser>> enrolments, Cohorts cohorts, FanOut fanOut,
      List<String> problems) {
    Map<Long, MoodleUser> users = new LinkedHashMap<>();
    Map<Long, Set<String>> studentCourses = new LinkedHashMap<>();
    Map<Long, Set<String>> staffCourses = new LinkedHashMap<>();
    Map<Long, Set<String>> staffRoles = new LinkedHashMap<>();
    for (int i = 0; i < courses.size(); i++) {
      String course = courses.get(i).shortName();
      if (enrolments.get(i).stream().noneMatch(user -> user.hasCourseRole(config.studentRoleShortname()))) {
        // Moodle answers a separate-groups course with nobody, not an error, without moodle/site:accessallgroups.
        problems.add("course " + course + " has no students visible to the integration user: it has none, or it "
            + "uses separate groups and the role lacks moodle/site:accessallgroups");
      }
      for (MoodleUser user : enrolments.get(i)) {
        if (user.hasCourseRole(config.studentRoleShortname())) {
          users.putIfAbsent(user.id(), user);
          studentCourses.computeIfAbsent(user.id(), id -> new TreeSet<>()).add(course);
        }
        for (MoodleUser.CourseRole role : user.roles()) {
          if (config.staffRoleShortnames().contains(role.shortName())) {
            users.putIfAbsent(user.id(), user);
            staffCourses.computeIfAbsent(user.id(), id -> new TreeSet<>()).add(course);
            staffRoles.computeIfAbsent(user.id(), id -> new TreeSet<>()).add(role.shortName());
          }
        }
      }
    }
    Set<Long> cohortStudents = new LinkedHashSet<>();
    config.programmes().forEach(p -> p.cohortIdnumber().ifPresent(c -> cohortStudents.addAll(cohorts.membersOf(c))));
    List<Long> unseen = cohortStudents.stream().filter(id -> !users.containsKey(id)).toList();
    List<List<Long>> chunks = chunks(unseen, USERS_PER_LOOKUP);
    for (List<MoodleUser> found : fanOut.map("cohort members", chunks, ids -> moodle.usersByField("id", ids))) {
      found.forEach(user -> users.putIfAbsent(user.id(), user));
    }
    for (Long id : cohortStudents) {
      if (users.containsKey(id)) {
        studentCourses.computeIfAbsent(id, x -> new TreeSet<>());
      } else {
        problems.add("cohort member " + id + " is not visible to the integration user (moodle/user:viewdetails)");
      }
    }
    return new People(users, studentCourses, staffCourses, staffRoles);
  }

  /**
   * Students whose enrolment is active in none of the configured courses they are enrolled in: Moodle's
   * enrolled-user answer has no suspended flag, so each course is read again with {@code onlyactive} and the
   * students missing from that answer are the suspended ones. A course whose active enrolments Moodle will not
   * show (no {@code moodle/course:enrolreview}) counts as active for everyone in it, with a problem line.
   */
  private Set<Long> suspendedEverywhere(FanOut fanOut, List<Course> courses, People people, List<String> problems) {
    List<Optional<Set<Long>>> active = fanOut.map("active enrolments", courses, course -> {
      try {
        return Optional.of(moodle.activeEnrolledUserIds(course.id()));
      } catch (MissingCapabilityException refused) {
        return Optional.empty();
      }
    });
    Map<String, Set<Long>> activeByCourse = new LinkedHashMap<>();
    for (int i = 0; i < courses.size(); i++) {
      String course = courses.get(i).shortName();
      if (active.get(i).isEmpty()) {
        problems.add("course " + course + ": suspended enrolments not read (Moodle refused onlyactive): give the "
            + "integration user's role moodle/course:enrolreview, or its suspended students count as active");
        activeByCourse.put(course, null);
      } else {
        activeByCourse.put(course, active.get(i).get());
      }
    }
    Set<Long> suspended = new LinkedHashSet<>();
    people.studentCourses().forEach((student, enrolled) -> {
      boolean activeSomewhere = enrolled.stream().filter(activeByCourse::containsKey).anyMatch(course -> {
        Set<Long> ids = activeByCourse.get(course);
        return ids == null || ids.contains(student);
      });
      if (!enrolled.isEmpty() && !activeSomewhere) {
        suspended.add(student);
      }
    });
    return suspended;
  }

  private List<StudentRecord> students(People people, Cohorts cohorts, Set<Long> suspended, List<String> problems) {
    List<StudentRecord> students = new ArrayList<>();
    for (Map.Entry<Long, Set<String>> entry : people.studentCourses().entrySet()) {
      MoodleUser user = people.users().get(entry.getKey());
      Optional<String> number = config.profileFields().studentNumber().isPresent()
          ? user.customField(config.profileFields().studentNumber().get()) : user.idNumber();
      if (number.isEmpty()) {
        problems.add("student " + user.id() + " has no student number ("
            + config.profileFields().studentNumber().map(f -> "profile field " + f).orElse("idnumber")
            + "); left out");
        continue;
      }
      students.add(new StudentRecord(user.id(), number.get(), user.fullName(), user.email(),
          programme(user, entry.getValue(), cohorts), year(user, cohorts, problems), complexNeeds(user),
          user.suspended() || suspended.contains(user.id()), user.lastAccess(), Set.copyOf(entry.getValue())));
    }
    return List.copyOf(students);
  }

  private Optional<String> programme(MoodleUser user, Set<String> courses, Cohorts cohorts) {
    Optional<String> fromField = config.profileFields().programme().flatMap(user::customField);
    if (fromField.isPresent()) {
      return fromField;
    }
    for (ProgrammeSource programme : config.programmes()) {
      boolean inCohort = programme.cohortIdnumber().map(c -> cohorts.membersOf(c).contains(user.id())).orElse(false);
      if (inCohort || programme.courseShortnames().stream().anyMatch(courses::contains)) {
        return Optional.of(programme.code());
      }
    }
    return Optional.empty();
  }

  private OptionalInt year(MoodleUser user, Cohorts cohorts, List<String> problems) {
    Optional<String> field = config.profileFields().yearOfStudy().flatMap(user::customField);
    if (field.isPresent()) {
      String digits = field.get().replaceAll("\\D", "");
      if (!digits.isEmpty() && digits.length() <= 1) {
        return OptionalInt.of(Integer.parseInt(digits));
      }
      problems.add("student " + user.id() + " has an unreadable year of study in profile field "
          + config.profileFields().yearOfStudy().get());
    }
    return config.yearGroups().stream()
        .filter(group -> cohorts.membersOf(group.cohortIdnumber()).contains(user.id()))
        .mapToInt(group -> group.yearOfStudy()).findFirst();
  }

  private Set<ComplexNeed> complexNeeds(MoodleUser user) {
    Set<ComplexNeed> needs = EnumSet.noneOf(ComplexNeed.class);
    config.profileFields().complexNeeds().forEach((need, field) -> user.customField(field)
        .map(value -> value.strip().toLowerCase(Locale.ROOT))
        .filter(TRUE_FLAGS::contains)
        .ifPresent(flag -> needs.add(need)));
    return Set.copyOf(needs);
  }

  private List<StaffRecord> staff(People people, List<String> problems) {
    List<StaffRecord> staff = new ArrayList<>();
    people.staffCourses().forEach((id, courses) -> {
      MoodleUser user = people.users().get(id);
      Optional<String> number = user.idNumber().or(user::username);
      if (number.isEmpty()) {
        problems.add("staff member " + id + " has neither idnumber nor visible username; left out");
        return;
      }
      staff.add(new StaffRecord(id, number.get(), user.fullName(), user.email(),
          Set.copyOf(people.staffRoles().get(id)), Set.copyOf(courses)));
    });
    return List.copyOf(staff);
  }

  private List<GradeRecord> grades(FanOut fanOut, List<Course> courses, Map<Long, String> numbers) {
    List<List<UserGrades>> perCourse = fanOut.map("grades", courses, c -> moodle.gradeItems(c.id()));
    List<GradeRecord> grades = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      String course = courses.get(i).shortName();
      for (UserGrades user : perCourse.get(i)) {
        String number = numbers.get(user.userId());
        if (number == null) {
          continue; // staff or users outside the department
        }
        for (UserGrades.Item item : user.items()) {
          grades.add(new GradeRecord(number, course, item.id(), item.name().orElse(item.type()), item.type(),
              item.grade(), item.gradeMax(), item.graded()));
        }
      }
    }
    return List.copyOf(grades);
  }

  private List<CompletionRecord> completions(FanOut fanOut, List<Course> courses, People people,
      Map<Long, String> numbers, List<String> problems) {
    Map<String, Course> byShortname = courses.stream().collect(Collectors.toMap(Course::shortName, c -> c));
    List<Map.Entry<Long, Course>> pairs = new ArrayList<>();
    people.studentCourses().forEach((user, enrolled) -> enrolled.forEach(course -> {
      if (numbers.containsKey(user) && byShortname.containsKey(course)) {
        pairs.add(Map.entry(user, byShortname.get(course)));
      }
    }));
    // usernotenroled: Moodle tracks completion only for active enrolments, so one suspended student must not
    // abort the pull; it becomes a problem line naming the student and the course.
    List<Optional<CompletionStatus>> statuses = fanOut.map("completion", pairs, pair -> {
      try {
        return Optional.of(moodle.completionStatus(pair.getValue().id(), pair.getKey()));
      } catch (MoodleException refusal) {
        if (refusal.errorCode().filter(code -> code.equals("usernotenroled")).isPresent()) {
          return Optional.empty();
        }
        throw refusal;
      }
    });
    List<CompletionRecord> records = new ArrayList<>();
    Set<String> unreadable = new TreeSet<>();
    for (int i = 0; i < pairs.size(); i++) {
      String course = pairs.get(i).getValue().shortName();
      if (statuses.get(i).isEmpty()) {
        problems.add("completion not read for student " + numbers.get(pairs.get(i).getKey()) + " in course "
            + course + ": Moodle says the student is not enrolled there (usernotenroled), as it does for a "
            + "suspended or ended enrolment; reactivate the enrolment in the course's Participants page if it "
            + "should count");
        continue;
      }
      CompletionStatus status = statuses.get(i).get();
      if (!status.readable()) {
        unreadable.add(course);
        continue;
      }
      records.add(new CompletionRecord(numbers.get(pairs.get(i).getKey()), course, status.configured(),
          status.completed()));
    }
    unreadable.forEach(course -> problems.add("completion not read for course " + course + ": Moodle refused "
        + "(cannotviewreport): enable completion tracking in the course and on the site, or give the integration "
        + "user's role report/completion:view"));
    return List.copyOf(records);
  }

  private List<AttendanceRecord> attendance(FanOut fanOut, SiteInfo site, Map<Long, String> numbers,
      List<String> problems) {
    if (config.attendanceInstances().isEmpty()) {
      return List.of();
    }
    if (!site.supports(MoodleFunction.GET_ATTENDANCE_SESSIONS)) {
      problems.add("attendance not read: mod_attendance_get_sessions is not in the token's service (install "
          + "mod_attendance 3.11+ and add the function to the service)");
      return List.of();
    }
    List<Long> instances = config.attendanceInstances();
    List<Optional<List<AttendanceSession>>> read = fanOut.map("attendance", instances, instance -> {
      try {
        return Optional.of(moodle.attendanceSessions(instance));
      } catch (UnknownRecordException | InvalidParameterException refused) {
        return Optional.empty();
      }
    });
    List<List<AttendanceSession>> sessions = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      if (read.get(i).isEmpty()) {
        problems.add("attendance instance " + instances.get(i) + " (moodle.json attendanceInstances) not read: "
            + "Moodle has no such attendance activity or will not show it; use the activity's instance id (not "
            + "its course-module id) and check the attendance capabilities of the integration user's role "
            + "(docs/moodle.md)");
      } else {
        sessions.add(read.get(i).get());
      }
    }
    return sessions.stream().flatMap(Collection::stream)
        .flatMap(session -> session.log().stream()
            .filter(mark -> numbers.containsKey(mark.studentId()))
            .map(mark -> new AttendanceRecord(numbers.get(mark.studentId()), session.attendanceId(), session.id(),
                session.start(), session.statusAcronyms().getOrDefault(mark.statusId(), "?"))))
        .toList();
  }

  private List<CourseRecord> courseRecords(List<Course> courses) {
    Map<String, String> programmeOf = new LinkedHashMap<>();
    config.programmes().forEach(p -> p.courseShortnames().forEach(c -> programmeOf.putIfAbsent(c, p.code())));
    return courses.stream().map(c -> new CourseRecord(c.id(), c.shortName(), c.fullName(),
        Optional.ofNullable(programmeOf.get(c.shortName())), c.visible())).toList();
  }

  private static <T> List<List<T>> chunks(List<T> items, int size) {
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < items.size(); i += size) {
      chunks.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
    }
    return chunks;
  }
}
