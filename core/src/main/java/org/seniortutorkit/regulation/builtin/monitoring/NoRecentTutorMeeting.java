package org.seniortutorkit.regulation.builtin.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * MON-NO-TUTOR-MEETING: an active student has not met their tutor for the configured number of weeks. The weeks
 * count from the last meeting, but never from before teaching began this year (the first term's start, from the
 * records' calendar): on the first day of term nobody is overdue, and a student with no meeting on record becomes
 * a concern only once the limit has passed since then.
 */
public final class NoRecentTutorMeeting implements StudentRule {
  @Override
  public RuleId id() {
    return RuleId.of("MON-NO-TUTOR-MEETING");
  }

  @Override
  public String title() {
    return "No tutor meeting for too long";
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    if (!file.student().isActive()) {
      return Optional.empty();
    }
    int weeks = policy.number(PolicySetting.NO_TUTOR_MEETING_WEEKS);
    Optional<LocalDate> last = Optional.empty();
    for (TutorMeeting meeting : file.meetings()) {
      if (!meeting.heldOn().isAfter(asOf) && last.map(meeting.heldOn()::isAfter).orElse(true)) {
        last = Optional.of(meeting.heldOn());
      }
    }
    LocalDate teachingBegan = file.teachingBeganBy(asOf);
    LocalDate since = last.filter(d -> d.isAfter(teachingBegan)).orElse(teachingBegan);
    if (!since.isBefore(asOf.minusWeeks(weeks))) {
      return Optional.empty();
    }
    LocalDate from = last.orElse(teachingBegan);
    String why = last.map(d -> "last met their tutor on " + d)
        .orElse("has no tutor meeting on record since teaching began on " + teachingBegan)
        + ", " + span(from, asOf) + " before " + asOf + " (limit " + weeks + " weeks)";
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(Severity.LOW).action(RecommendedAction.TUTOR_FOLLOW_UP)
        .outcome(FindingOutcome.CAUSE_FOR_CONCERN).explanation(why).build());
  }

  /** "8 weeks and 1 day": whole weeks alone would read as within an 8-week limit when a day over it. */
  private static String span(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    String weeks = days / 7 + (days / 7 == 1 ? " week" : " weeks");
    long rest = days % 7;
    return rest == 0 ? weeks : weeks + " and " + rest + (rest == 1 ? " day" : " days");
  }
}
