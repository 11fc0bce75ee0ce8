package org.seniortutorkit.moodle.records;

import java.time.Instant;

/** One student's mark in one attendance session; {@code status} is the acronym (P, L, E, A by default). */
public record AttendanceRecord(String studentNumber, long attendanceId, long sessionId, Instant sessionStart,
    String status) {}
