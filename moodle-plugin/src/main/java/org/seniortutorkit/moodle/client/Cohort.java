package org.seniortutorkit.moodle.client;

import java.util.Optional;

/** A site or category cohort from {@code core_cohort_get_cohorts}; {@code visible} is a JSON boolean. */
public record Cohort(long id, String name, Optional<String> idNumber, boolean visible) {
  static Cohort read(Json json) {
    return new Cohort(json.requiredLong("id"), json.requiredText("name"), json.optionalText("idnumber"),
        json.flag("visible", true));
  }
}
