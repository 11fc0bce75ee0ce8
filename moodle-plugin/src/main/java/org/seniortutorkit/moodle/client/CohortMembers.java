package org.seniortutorkit.moodle.client;

import java.util.List;

/** The member user ids of one cohort, from {@code core_cohort_get_cohort_members}. */
public record CohortMembers(long cohortId, List<Long> userIds) {
  static CohortMembers read(Json json) {
    return new CohortMembers(json.requiredLong("cohortid"), json.requiredList("userids", Json::asLong));
  }
}
