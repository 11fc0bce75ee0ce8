package org.seniortutorkit.moodle.config;

import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Shortnames of the custom user profile fields that carry student data. An absent {@code studentNumber} means
 * the user's {@code idnumber} is the student number. Complex-need fields are read as flags (checkbox "1", "yes",
 * "true").
 */
public record ProfileFields(Optional<String> studentNumber, Optional<String> programme,
    Optional<String> yearOfStudy, Map<ComplexNeed, String> complexNeeds) {}
