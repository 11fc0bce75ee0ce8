package org.seniortutorkit.moodle.records;

import java.util.Optional;

/** A configured course and the programme it belongs to. */
public record CourseRecord(long moodleId, String shortName, String fullName, Optional<String> programme,
    boolean visible) {}
