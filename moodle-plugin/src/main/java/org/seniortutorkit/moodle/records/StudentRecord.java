package org.seniortutorkit.moodle.records;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A student as read from Moodle. {@link #complexNeeds()} is special-category data: it is written to the records
 * folder (the record itself) but never shown by {@link #toString()}.
 *
 * @param programme the programme code, from the profile field or from the programme's courses/cohort
 * @param courses shortnames of the configured courses the student is enrolled in as a student
 */
public record StudentRecord(long moodleUserId, String studentNumber, String fullName, Optional<String> email,
    Optional<String> programme, OptionalInt yearOfStudy, @SpecialCategory Set<ComplexNeed> complexNeeds,
    boolean suspended, Optional<Instant> lastAccess, Set<String> courses) {

  @Override
  public String toString() {
    return "StudentRecord[moodleUserId=" + moodleUserId + ", studentNumber=" + studentNumber + ", programme="
        + programme.orElse("?") + ", yearOfStudy=" + (yearOfStudy.isPresent() ? yearOfStudy.getAsInt() : "?")
        + ", complexNeeds=<redacted>, suspended=" + suspended + "]";
  }
}
