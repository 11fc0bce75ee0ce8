package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import net.jqwik.api.Example;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WorkingDayCalendarProperties {
  private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

  @Property
  void counting_agrees_with_a_day_by_day_count(@ForAll @IntRange(min = -400, max = 4000) int start,
      @ForAll @IntRange(min = 0, max = 800) int span,
      @ForAll @Size(max = 20) Set<@IntRange(min = -400, max = 4800) Integer> holidayOffsets) {
    WorkingDayCalendar calendar = WorkingDayCalendar.of(holidayOffsets.stream().map(BASE::plusDays).toList());
    LocalDate from = BASE.plusDays(start);
    LocalDate to = from.plusDays(span);
    long dayByDay = from.plusDays(1).datesUntil(to.plusDays(1)).filter(calendar::isWorkingDay).count();
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(dayByDay);
  }

  @Property
  void adding_n_working_days_lands_on_a_working_day_n_working_days_on(
      @ForAll @IntRange(min = 0, max = 3000) int start, @ForAll @IntRange(min = 1, max = 60) int days,
      @ForAll @Size(max = 20) Set<@IntRange(min = 0, max = 3200) Integer> holidayOffsets) {
    WorkingDayCalendar calendar = WorkingDayCalendar.of(holidayOffsets.stream().map(BASE::plusDays).toList());
    LocalDate from = BASE.plusDays(start);
    LocalDate end = calendar.plusWorkingDays(from, days);
    assertThat(calendar.isWorkingDay(end)).isTrue();
    assertThat(calendar.workingDaysBetween(from, end)).isEqualTo(days);
  }

  @Example
  void a_negative_number_of_working_days_is_refused() {
    assertThatThrownBy(() -> WorkingDayCalendar.of(Set.of()).plusWorkingDays(BASE, -3))
        .hasMessage("WorkingDayCalendar.days = -3 must not be negative");
  }
}
