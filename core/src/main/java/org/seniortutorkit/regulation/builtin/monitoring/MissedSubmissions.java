package org.seniortutorkit.regulation.builtin.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.StudentFile;
import org.seniortutorkit.regulation.StudentRule;
import org.seniortutorkit.regulation.Submission;

/**
 * MON-MISSED-SUBMISSIONS: at least the threshold of submissions, due in the window, never came in. Work
 * covered by an accepted or pending claim is not counted: its absence is already explained.
 */
public final class MissedSubmissions implements StudentRule {
  @Override
  public RuleId id() {
    return RuleId.of("MON-MISSED-SUBMISSIONS");
  }

  @Override
  public String title() {
    return "Missed submissions within a window";
  }

  @Override
  public Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf) {
    int weeks = policy.number(PolicySetting.MISSED_SUBMISSIONS_WINDOW_WEEKS);
    int threshold = policy.number(PolicySetting.MISSED_SUBMISSIONS_THRESHOLD);
    LocalDate from = asOf.minusWeeks(weeks);
    List<Submission> missed = file.submissions().stream()
        .filter(s -> s.isMissed(asOf) && s.dueOn().isAfter(from))
        .filter(s -> !explainedByClaim(s, file.claims()))
        .toList();
    if (missed.size() < threshold) {
      return Optional.empty();
    }
    Severity severity = missed.size() >= 2 * threshold ? Severity.HIGH : Severity.MEDIUM;
    return Optional.of(Finding.by(this, policy).subject(Subject.student(file.id()))
        .severity(severity).action(ConcernRouting.actionFor(severity))
        .outcome(FindingOutcome.CAUSE_FOR_CONCERN)
        .explanation(missed.size() + " submission(s) missed in the " + weeks + " weeks to " + asOf
            + " (threshold " + threshold + ")")
        .addAllReferences(missed.stream().map(s -> s.module() + "/" + s.assessment()).toList())
        .build());
  }

  private static boolean explainedByClaim(Submission submission, List<MitigatingCircumstancesClaim> claims) {
    return claims.stream().anyMatch(c -> c.covers(submission.module(), submission.assessment())
        && c.status() != org.seniortutorkit.regulation.ClaimStatus.REJECTED);
  }
}
