package org.seniortutorkit.examples.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

/**
 * The autumn term's registers: every placed student's Tuesday and Thursday laboratory sessions. Two a week is
 * the fewest that gives the four-week attendance window enough sessions to judge. Ordinary students miss the
 * odd session at random; the cast's patterns are fixed, so their findings do not hang on the seed.
 */
final class TermAttendance {
  static final LocalDate FIRST_SESSION = LocalDate.of(2026, 9, 29);
  static final LocalDate LAST_SESSION = LocalDate.of(2026, 11, 26);
  /** After reading week the slipping students come to one session in two. */
  static final LocalDate SLIPPING_FROM = LocalDate.of(2026, 10, 26);
  private static final double ORDINARY_ABSENCE = 0.05;

  private TermAttendance() {}

  static List<AttendanceEvent> of(List<Student> students, Set<StudentId> placed, SampleCast cast) {
    Random random = new Random(2028);
    List<LocalDate> sessions = sessions();
    List<AttendanceEvent> events = new ArrayList<>();
    for (Student student : students) {
      if (!student.isActive() || !placed.contains(student.id())) {
        continue;
      }
      for (int i = 0; i < sessions.size(); i++) {
        LocalDate on = sessions.get(i);
        boolean attended;
        if (student.equals(cast.struggling())) {
          attended = i % 4 == 0;                  // one session in four
        } else if (student.equals(cast.disengaging())) {
          attended = i % 2 == 0;                  // one in two, all term
        } else if (cast.slipping().contains(student) && !on.isBefore(SLIPPING_FROM)) {
          attended = i % 2 == 0;
        } else {
          attended = random.nextDouble() >= ORDINARY_ABSENCE;
        }
        events.add(AttendanceEvent.of(student.id(), on, attended));
      }
    }
    return events;
  }

  private static List<LocalDate> sessions() {
    List<LocalDate> sessions = new ArrayList<>();
    for (LocalDate day = FIRST_SESSION; !day.isAfter(LAST_SESSION); day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY) {
        sessions.add(day);
      }
    }
    return sessions;
  }
}
