package org.seniortutorkit.moodle.mapping;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.moodle.records.AttendanceRecord;
import org.seniortutorkit.kernel.StudentId;

/**
 * mod_attendance marks as domain {@link AttendanceEvent}s. With the plugin's default status set, Present and
 * Late count as attended and Absent as not; Excused (and any custom status) is left out, so an authorised
 * absence never counts against a student.
 */
public final class AttendanceMapping {
  private static final Set<String> ATTENDED = Set.of("P", "L");
  private static final Set<String> ABSENT = Set.of("A");

  private AttendanceMapping() {}

  /** The events, dated in {@code zone} (the institution's time zone). */
  public static List<AttendanceEvent> events(List<AttendanceRecord> marks, ZoneId zone) {
    return marks.stream().flatMap(mark -> event(mark, zone).stream()).toList();
  }

  private static Optional<AttendanceEvent> event(AttendanceRecord mark, ZoneId zone) {
    boolean attended = ATTENDED.contains(mark.status());
    if (!attended && !ABSENT.contains(mark.status())) {
      return Optional.empty();
    }
    return Optional.of(AttendanceEvent.of(StudentId.of(mark.studentNumber()),
        mark.sessionStart().atZone(zone).toLocalDate(), attended));
  }
}
