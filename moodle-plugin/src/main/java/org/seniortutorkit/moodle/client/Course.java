package org.seniortutorkit.moodle.client;

import java.time.Instant;
import java.util.Optional;

/**
 * A course from {@code core_course_get_courses_by_field}. {@code visible} is a 0/1 flag in Moodle's JSON.
 * {@code enterable} is false when Moodle gave only the public summary it shows anyone (no {@code visible}, dates
 * or idnumber): the integration user cannot enter the course, so every later call about it would be refused.
 */
public record Course(long id, String shortName, String fullName, Optional<String> idNumber, long categoryId,
    boolean visible, Optional<Instant> startDate, Optional<Instant> endDate, boolean enterable) {

  static Course read(Json json) {
    return new Course(
        json.requiredLong("id"),
        json.requiredText("shortname"),
        json.requiredText("fullname"),
        json.optionalText("idnumber"),
        json.optionalLong("categoryid").orElse(0L),
        json.flag("visible", true),
        json.time("startdate"),
        json.time("enddate"),
        json.has("visible"));
  }
}
