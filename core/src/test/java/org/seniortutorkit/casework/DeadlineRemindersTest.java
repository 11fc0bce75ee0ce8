package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.casework.CaseFixtures.DEADLINE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StaffId;

class DeadlineRemindersTest {
  private final DeadlineReminders reminders = DeadlineReminders.standard();
  private final StudentCase nomination = CaseFixtures.opened(CaseKind.NOMINATION);

  @Test
  void three_days_before_the_deadline_the_nominator_is_reminded() {
    List<Notification> due = reminders.dueOn(List.of(nomination), DEADLINE.minusDays(3));

    assertThat(due).singleElement().satisfies(n -> {
      assertThat(n.recipient()).isEqualTo(StaffId.of("T0042"));
      assertThat(n.subject()).isEqualTo("Nomination deadline in 3 days");
      assertThat(n.text()).isEqualTo("Nomination for the Perkin Prize (case C-7, student S1234567, now NOMINATED):"
          + " deadline in 3 days, on 2027-03-01.");
    });
  }

  @Test
  void the_clock_gives_the_day_in_its_zone() {
    java.time.Clock lateEveningInLondon = java.time.Clock.fixed(
        DEADLINE.minusDays(4).atTime(23, 30).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneId.of("Europe/London"));

    assertThat(reminders.dueNow(List.of(nomination), lateEveningInLondon)).isEmpty();
    assertThat(reminders.dueNow(List.of(nomination), lateEveningInLondon.withZone(java.time.ZoneId.of("Asia/Tokyo"))))
        .singleElement().extracting(Notification::subject).isEqualTo("Nomination deadline in 3 days");
  }

  @Test
  void no_reminder_on_a_day_not_in_the_schedule() {
    assertThat(reminders.dueOn(List.of(nomination), DEADLINE.minusDays(2))).isEmpty();
  }

  @Test
  void a_submitted_nomination_needs_no_reminder() {
    StudentCase submitted = CaseFixtures.inState(CaseKind.NOMINATION, CaseState.SUBMITTED);

    assertThat(reminders.dueOn(List.of(submitted), DEADLINE.minusDays(1))).isEmpty();
  }

  @Test
  void other_kinds_of_case_get_no_deadline_reminders() {
    assertThat(reminders.dueOn(List.of(CaseFixtures.opened(CaseKind.CONCERN)), DEADLINE.minusDays(1))).isEmpty();
  }

  @Test
  void a_reminder_on_the_day_says_today() {
    List<Notification> due = new DeadlineReminders(Set.of(0)).dueOn(List.of(nomination), DEADLINE);

    assertThat(due).singleElement().extracting(Notification::subject).isEqualTo("Nomination deadline today");
  }

  @Test
  void negative_or_no_reminder_days_are_refused() {
    assertThatThrownBy(() -> new DeadlineReminders(Set.of(-1)))
        .hasMessageContaining("must be a non-empty set of days, none negative");
    assertThatThrownBy(() -> new DeadlineReminders(Set.of()))
        .hasMessageContaining("must be a non-empty set of days, none negative");
  }
}
