package org.seniortutorkit.moodle.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A session of a mod_attendance instance with its register, from {@code mod_attendance_get_sessions}. Statuses
 * are keyed by id so a log entry's status can be read as its acronym (P, L, E, A by default).
 */
public record AttendanceSession(long id, long attendanceId, Instant start, long durationSeconds,
    Optional<Instant> lastTaken, Map<Long, String> statusAcronyms, List<LogEntry> log) {

  /** One student's mark in the session. */
  public record LogEntry(long studentId, long statusId) {}

  static AttendanceSession read(Json json) {
    return new AttendanceSession(
        json.requiredLong("id"),
        json.requiredLong("attendanceid"),
        json.time("sessdate").orElseThrow(() -> json.field("sessdate").fail("must be a session time")),
        json.optionalLong("duration").orElse(0L),
        json.time("lasttaken"),
        json.list("statuses", s -> Map.entry(s.requiredLong("id"), s.requiredText("acronym"))).stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b)),
        json.list("attendance_log", l -> new LogEntry(l.requiredLong("studentid"), l.requiredLong("statusid"))));
  }
}
