package org.seniortutorkit.regulation.builtin.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;

/**
 * MON-MARKS-DROP: the credit-weighted average of first-attempt marks in the latest year with results fell by
 * at least the configured points from the year before. A sudden drop often signals difficulties.
 */
public final class MarksDropped implements StudentRule {
  @Override
  public RuleId id() {
    return RuleId.of("MON-MARKS-DROP");
  }

  @Override
  public String title() {
    return "Drop in marks from one year to the next";
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    int latestStart = Integer.MIN_VALUE;
    for (ModuleResult result : file.results()) {
      latestStart = Math.max(latestStart, result.academicYear().startYear());
    }
    if (file.results().isEmpty()) {
      return Optional.empty();
    }
    OptionalAverage now = average(file, latestStart);
    OptionalAverage before = average(file, latestStart - 1);
    if (now.credits == 0 || before.credits == 0) {
      return Optional.empty();
    }
    int drop = (int) Math.floor(before.value() - now.value());
    int points = policy.number(PolicySetting.MARKS_DROP_POINTS);
    if (drop < points) {
      return Optional.empty();
    }
    Severity severity = drop >= 2 * points ? Severity.HIGH : Severity.MEDIUM;
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(severity).action(ConcernRouting.actionFor(severity))
        .outcome(FindingOutcome.CAUSE_FOR_CONCERN)
        .explanation(String.format("average mark fell %d points, from %.1f in %s to %.1f in %s (threshold %d)",
            drop, before.value(), AcademicYear.of(latestStart - 1), now.value(), AcademicYear.of(latestStart),
            points))
        .build());
  }

  /** Years compared by start year: building an AcademicYear validates it, too costly per student. */
  private static OptionalAverage average(StudentFile file, int startYear) {
    long weighted = 0;
    int credits = 0;
    for (ModuleResult result : file.results()) {
      if (result.attempt() == 1 && result.academicYear().startYear() == startYear) {
        weighted += (long) result.mark() * result.credits();
        credits += result.credits();
      }
    }
    return new OptionalAverage(weighted, credits);
  }

  private record OptionalAverage(long weighted, int credits) {
    double value() {
      return (double) weighted / credits;
    }
  }
}
