package org.seniortutorkit.moodle.records;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One grade item for one student in one course. {@code grade} is empty when not graded yet; {@code itemType}
 * {@code course} is the course total.
 */
public record GradeRecord(String studentNumber, String course, long itemId, String itemName, String itemType,
    OptionalDouble grade, OptionalDouble gradeMax, Optional<Instant> graded) {}
