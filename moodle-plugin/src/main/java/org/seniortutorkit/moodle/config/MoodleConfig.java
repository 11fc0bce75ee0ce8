package org.seniortutorkit.moodle.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything the plugin needs to know about one department's Moodle, read from {@code moodle.json} by {@link
 * MoodleConfigReader}. See {@code docs/moodle.md} for the file reference.
 *
 * @param tutorRoleId the id of the Personal Tutor role (core Moodle has no web service to look roles up)
 * @param staffRoleShortnames course roles whose holders are staff who may be tutors (e.g. editingteacher)
 * @param tutorCohortPattern optional idnumber pattern of a cohort per tutor, {@code {tutor}} standing for the
 *     tutor's staff id, e.g. {@code pt-{tutor}}
 * @param timeZone the institution's time zone, in which Moodle's instants (e.g. attendance sessions) become
 *     dates; {@code timeZone} in {@code moodle.json}, default {@link #DEFAULT_TIME_ZONE}
 */
public record MoodleConfig(
    String baseUrl,
    boolean allowInsecureLoopback,
    TokenSource token,
    String department,
    int academicYear,
    long tutorRoleId,
    String studentRoleShortname,
    Set<String> staffRoleShortnames,
    ProfileFields profileFields,
    List<ProgrammeSource> programmes,
    List<YearGroupSource> yearGroups,
    List<Long> attendanceInstances,
    boolean readCompletion,
    Optional<String> tutorCohortPattern,
    ConcernDelivery concernDelivery,
    long concernCourseId,
    Duration timeout,
    int maxConcurrentRequests,
    int maxAttempts,
    int batchSize,
    Path journal,
    ZoneId timeZone) {

  /** The time zone when {@code moodle.json} names none: UK institutions are the plugin's first users. */
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/London");

  /** How concern notifications reach Moodle. */
  public enum ConcernDelivery {
    /** A note about the student, visible to staff with notes access. */
    NOTE,
    /** An instant message to the student's Personal Tutor. */
    MESSAGE
  }

  /** Every course shortname named by a programme, in file order, without repeats. */
  public List<String> courseShortnames() {
    return programmes.stream().flatMap(p -> p.courseShortnames().stream()).distinct().toList();
  }

  /** The idnumber of {@code tutor}'s cohort, when a cohort per tutor is configured. */
  public Optional<String> tutorCohortIdnumber(String tutor) {
    return tutorCohortPattern.map(pattern -> pattern.replace("{tutor}", tutor));
  }

  public OptionalInt yearOfCohort(String cohortIdnumber) {
    return yearGroups.stream().filter(g -> g.cohortIdnumber().equals(cohortIdnumber))
        .mapToInt(YearGroupSource::yearOfStudy).findFirst();
  }
}
