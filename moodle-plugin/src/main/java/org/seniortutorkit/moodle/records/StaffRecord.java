package org.seniortutorkit.moodle.records;

import java.util.Optional;
import java.util.Set;

/**
 * A member of staff as read from Moodle: someone holding one of the configured staff roles in a configured
 * course. {@code staffNumber} is the Moodle {@code idnumber} (or username when that is empty).
 */
public record StaffRecord(long moodleUserId, String staffNumber, String fullName, Optional<String> email,
    Set<String> courseRoles, Set<String> courses) {}
