package org.seniortutorkit.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * The institution's working days: Monday to Friday, less its holidays (bank holidays, the Christmas closure).
 * Deadlines such as "claims within 5 working days of the assessment" are counted with it.
 *
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(LocalDate.of(2027, 5, 3)));  // May bank holiday
 * calendar.plusWorkingDays(LocalDate.of(2027, 4, 30), 1);   // 2027-05-04: skips the weekend and Monday 3rd
 * }</pre>
 */
@Value.Immutable
abstract class WorkingDayCalendarDef {
  /** Monday 5 January 1970: weeks are counted from here. */
  private static final long FIRST_MONDAY = 4;

  @Value.Parameter
  public abstract java.util.Set<LocalDate> holidays();

  @Value.Lazy
  NavigableSet<LocalDate> sortedHolidays() {
    return new TreeSet<>(holidays());
  }

  public boolean isWorkingDay(LocalDate date) {
    return isWeekday(date) && !holidays().contains(date);
  }

  /** The date {@code days} working days after {@code date} (so {@code date} itself never counts). */
  public LocalDate plusWorkingDays(LocalDate date, int days) {
    if (days < 0) {
      throw InvalidValueException.of("WorkingDayCalendar", "days", days, "must not be negative");
    }
    LocalDate day = date;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after
   * {@code from}. Counted arithmetically (whole weeks), so long spans cost nothing.
   */
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long weekdays = weekdaysUpTo(to) - weekdaysUpTo(from);
    long holidaysOnWeekdays = sortedHolidays().subSet(from, false, to, true).stream()
        .filter(WorkingDayCalendarDef::isWeekday)
        .count();
    return weekdays - holidaysOnWeekdays;
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** Weekdays from the reference Monday up to {@code date}, inclusive (negative before it). */
  private static long weekdaysUpTo(LocalDate date) {
    long days = date.toEpochDay() - FIRST_MONDAY;
    long weeks = Math.floorDiv(days, 7);
    long dayOfWeek = Math.floorMod(days, 7);
    return weeks * 5 + Math.min(dayOfWeek + 1, 5);
  }
}
