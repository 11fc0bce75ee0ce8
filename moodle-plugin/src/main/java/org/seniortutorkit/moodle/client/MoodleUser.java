package org.seniortutorkit.moodle.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Moodle user as the user and enrolment functions return one. Only {@code id} and {@code fullname} are always
 * present; everything else depends on the caller's capabilities, so it is optional. Custom profile fields are
 * keyed by their {@code shortname}.
 */
public record MoodleUser(long id, String fullName, Optional<String> username, Optional<String> email,
    Optional<String> idNumber, boolean suspended, Optional<Instant> firstAccess, Optional<Instant> lastAccess,
    Optional<Instant> lastCourseAccess, Map<String, String> customFields, List<CourseRole> roles) {

  /** A role a user holds in a course, from {@code core_enrol_get_enrolled_users}. */
  public record CourseRole(long roleId, String shortName) {}

  static MoodleUser read(Json json) {
    return new MoodleUser(
        json.requiredLong("id"),
        json.requiredText("fullname"),
        json.optionalText("username"),
        json.optionalText("email"),
        json.optionalText("idnumber"),
        json.flag("suspended", false),
        json.time("firstaccess"),
        json.time("lastaccess"),
        json.time("lastcourseaccess"),
        json.list("customfields", f -> Map.entry(f.requiredText("shortname"), f.field("value").isNull()
                ? "" : f.field("value").asText()))
            .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b)),
        json.list("roles", r -> new CourseRole(r.requiredLong("roleid"), r.requiredText("shortname"))));
  }

  /** The value of custom profile field {@code shortname}, if set and visible to the caller. */
  public Optional<String> customField(String shortname) {
    return Optional.ofNullable(customFields.get(shortname)).filter(v -> !v.isBlank());
  }

  /**
   * Custom fields may hold special-category data (e.g. a disability-plan flag), so only their names are shown.
   */
  @Override
  public String toString() {
    return "MoodleUser[id=" + id + ", fullName=" + fullName + ", idNumber=" + idNumber.orElse("") + ", suspended="
        + suspended + ", customFields=" + customFields.keySet() + " (values redacted), roles=" + roles + "]";
  }

  public boolean hasCourseRole(String shortName) {
    return roles.stream().anyMatch(role -> role.shortName().equals(shortName));
  }
}
