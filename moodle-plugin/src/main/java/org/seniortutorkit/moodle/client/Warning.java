package org.seniortutorkit.moodle.client;

import java.util.Optional;

/**
 * A per-item problem Moodle reported without failing the call, e.g. code "3" (already a member) from
 * {@code core_cohort_add_cohort_members}.
 */
public record Warning(Optional<String> item, Optional<Long> itemId, String warningCode, String message) {
  static Warning read(Json json) {
    return new Warning(json.optionalText("item"), json.optionalLong("itemid"), json.requiredText("warningcode"),
        json.optionalText("message").orElse(""));
  }
}
