package org.seniortutorkit.casework;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.seniortutorkit.kernel.StaffId;

/**
 * Reminders of nomination deadlines: given the cases and today's date, the reminders due today. Pure: the
 * caller supplies the date (from its clock) and publishes the result, so it is trivially testable.
 *
 * <pre>{@code
 * new DeadlineReminders(Set.of(7, 3, 1)).dueOn(cases, LocalDate.of(2027, 2, 26));
 * // "Nomination for the Perkin Prize (case C-9): deadline in 3 days, on 2027-03-01."
 * }</pre>
 */
public final class DeadlineReminders {
  private static final Set<CaseState> STILL_TO_SUBMIT =
      EnumSet.of(CaseState.NOMINATED, CaseState.ELIGIBLE, CaseState.RANKED);

  private final ImmutableSortedSet<Integer> daysBefore;

  /** Reminds {@code daysBefore} days ahead of each deadline (e.g. 7, 3 and 1); 0 means on the day. */
  public DeadlineReminders(Set<Integer> daysBefore) {
    if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0)) {
      throw org.seniortutorkit.kernel.InvalidValueException.of("DeadlineReminders", "daysBefore", daysBefore,
          "must be a non-empty set of days, none negative");
    }
    this.daysBefore = ImmutableSortedSet.copyOf(daysBefore);
  }

  public static DeadlineReminders standard() {
    return new DeadlineReminders(Set.of(7, 3, 1));
  }

  /** The reminders due today by {@code clock}'s date (in its zone). */
  public ImmutableList<Notification> dueNow(Collection<StudentCase> cases, java.time.Clock clock) {
    return dueOn(cases, LocalDate.now(clock));
  }

  /** The reminders due on {@code today}. */
  public ImmutableList<Notification> dueOn(Collection<StudentCase> cases, LocalDate today) {
    ImmutableList.Builder<Notification> reminders = ImmutableList.builder();
    for (StudentCase c : cases) {
      if (c.kind() != CaseKind.NOMINATION || !STILL_TO_SUBMIT.contains(c.state())) {
        continue;
      }
      LocalDate deadline = c.deadline().orElseThrow();
      long days = ChronoUnit.DAYS.between(today, deadline);
      if (daysBefore.contains((int) days)) {
        recipients(c).forEach(r -> reminders.add(reminder(c, r, today, days)));
      }
    }
    return reminders.build();
  }

  private static Set<StaffId> recipients(StudentCase c) {
    Set<StaffId> recipients = new LinkedHashSet<>();
    if (c.openedBy().role() != CaseRole.STUDENT && c.openedBy().role() != CaseRole.MONITORING) {
      recipients.add(StaffId.of(c.openedBy().id()));
    }
    c.personalTutor().ifPresent(recipients::add);
    return recipients;
  }

  private static Notification reminder(StudentCase c, StaffId recipient, LocalDate today, long days) {
    String when = days == 0 ? "today" : "in " + days + (days == 1 ? " day" : " days");
    return Notification.builder()
        .recipient(recipient).caseId(c.id()).on(today)
        .subject("Nomination deadline " + when)
        .text("Nomination for the " + c.award().orElseThrow() + " (case " + c.id() + ", student " + c.student()
            + ", now " + c.state() + "): deadline " + when + ", on " + c.deadline().orElseThrow() + ".")
        .build();
  }
}
