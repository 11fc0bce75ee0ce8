package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.InvalidValueException;

class WorkingDayCalendarTest {
  private static final LocalDate MAY_BANK_HOLIDAY = LocalDate.of(2027, 5, 3);
  private final WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(MAY_BANK_HOLIDAY));

  @Test
  void weekends_and_holidays_are_not_working_days() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 1))).isFalse();
    assertThat(calendar.isWorkingDay(MAY_BANK_HOLIDAY)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 4))).isTrue();
  }

  @Test
  void adding_working_days_skips_the_weekend_and_the_bank_holiday() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 4, 30), 1)).isEqualTo(LocalDate.of(2027, 5, 4));
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 4, 30), 5)).isEqualTo(LocalDate.of(2027, 5, 10));
  }

  @Test
  void zero_working_days_is_the_same_day() {
    assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 5, 1), 0)).isEqualTo(LocalDate.of(2027, 5, 1));
  }

  @Test
  void counting_excludes_the_start_and_includes_the_end() {
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 10))).isEqualTo(5);
    assertThat(calendar.workingDaysBetween(LocalDate.of(2027, 5, 10), LocalDate.of(2027, 4, 30))).isZero();
  }

  @Test
  void a_negative_number_of_days_is_refused() {
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2027, 5, 1), -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("WorkingDayCalendar.days = -1 must not be negative");
  }
}
