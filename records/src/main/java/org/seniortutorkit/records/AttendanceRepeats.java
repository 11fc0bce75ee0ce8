package org.seniortutorkit.records;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.seniortutorkit.monitoring.AttendanceEvent;

/**
 * Finds attendance rows that repeat an earlier one (same student, date and outcome), which would count one
 * session twice. One bit per student, day and outcome since 2000 keeps this to a few kilobytes a student however
 * many millions of rows stream past; the rare date outside that range goes to a set.
 */
final class AttendanceRepeats {
  private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
  private static final long DAYS = 100L * 366;

  private final Map<Object, BitSet> seen = new HashMap<>();
  private final Set<AttendanceEvent> outside = new HashSet<>();

  /** Whether {@code event} is new; false when an earlier row said the same. */
  boolean add(AttendanceEvent event) {
    long day = event.on().toEpochDay() - FIRST_DAY;
    if (day < 0 || day >= DAYS) {
      return outside.add(event);
    }
    BitSet bits = seen.computeIfAbsent(event.student(), s -> new BitSet());
    int bit = (int) (day * 2 + (event.attended() ? 1 : 0));
    if (bits.get(bit)) {
      return false;
    }
    bits.set(bit);
    return true;
  }
}
