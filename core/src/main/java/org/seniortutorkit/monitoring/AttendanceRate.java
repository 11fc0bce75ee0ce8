package org.seniortutorkit.monitoring;

import java.time.LocalDate;
import java.util.List;

/** Sessions attended out of sessions registered, over a window of dates. */
public record AttendanceRate(int attended, int sessions) {
  /**
   * The rate over events dated after {@code from} up to and including {@code to}; {@code events} must be in
   * date order, so the scan stops at the window's end.
   */
  public static AttendanceRate over(List<AttendanceEvent> events, LocalDate from, LocalDate to) {
    int attended = 0;
    int sessions = 0;
    for (AttendanceEvent event : events) {
      LocalDate on = event.on();
      if (on.isAfter(to)) {
        break;
      }
      if (on.isAfter(from)) {
        sessions++;
        if (event.attended()) {
          attended++;
        }
      }
    }
    return new AttendanceRate(attended, sessions);
  }

  /** Whole percent, rounded down; 100 when there were no sessions. */
  public int percent() {
    return sessions == 0 ? 100 : (int) (100L * attended / sessions);
  }

  /** True if below {@code thresholdPercent}, compared exactly (not on the rounded percentage). */
  public boolean isBelow(int thresholdPercent) {
    return 100L * attended < (long) thresholdPercent * sessions;
  }

  @Override
  public String toString() {
    return "attended " + attended + " of " + sessions + " sessions (" + percent() + "%)";
  }
}
