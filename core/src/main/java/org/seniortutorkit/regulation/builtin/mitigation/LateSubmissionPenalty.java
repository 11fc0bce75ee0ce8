package org.seniortutorkit.regulation.builtin.mitigation;

import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.LatePenaltyRule;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.regulation.mitigation.PenalisedMark;
import org.seniortutorkit.regulation.mitigation.PenaltyOutcome;

/**
 * LATE-PENALTY: work submitted late within the window has its mark capped at the pass mark; later work scores
 * zero. An accepted claim for the assessment waives the penalty (a self-certification only for the days it
 * claimed).
 *
 * <pre>{@code
 * // UG, window 5 days: 62 submitted 3 days late -> 40; 6 days late -> 0; with an accepted claim -> 62
 * }</pre>
 */
public final class LateSubmissionPenalty implements LatePenaltyRule {
  @Override
  public RuleId id() {
    return RuleId.of("LATE-PENALTY");
  }

  @Override
  public String title() {
    return "Late coursework capped at the pass mark, zero after the window";
  }

  /** The penalised mark, or empty for work that has no mark yet. */
  @Override
  public Optional<PenalisedMark> apply(Submission submission, List<MitigatingCircumstancesClaim> claims,
      StudyLevel level, Policy policy) {
    if (submission.mark().isEmpty()) {
      return Optional.empty();
    }
    int raw = submission.mark().get();
    long late = submission.daysLate();
    int passMark = policy.passMark(level);
    int window = policy.number(PolicySetting.LATE_CAPPED_WINDOW_DAYS);
    PenalisedMark.Builder result = PenalisedMark.builder().student(submission.student().value())
        .module(submission.module()).assessment(submission.assessment()).rawMark(raw).daysLate(late)
        .ruleId(id()).citation(policy.citation(id()).orElse("(not cited)"));
    if (late == 0) {
      return Optional.of(result.mark(raw).outcome(PenaltyOutcome.ON_TIME).explanation("submitted on time").build());
    }
    Optional<MitigatingCircumstancesClaim> waiver = claims.stream()
        .filter(c -> c.isAccepted() && c.covers(submission.module(), submission.assessment()))
        .filter(c -> c.kind() == ClaimKind.EVIDENCED || c.daysRequested() >= late)
        .findFirst();
    if (waiver.isPresent()) {
      return Optional.of(result.mark(raw).outcome(PenaltyOutcome.WAIVED)
          .explanation(late + " day(s) late; penalty waived by accepted claim " + waiver.get().id()).build());
    }
    if (late <= window) {
      return Optional.of(result.mark(Math.min(raw, passMark)).outcome(PenaltyOutcome.CAPPED_AT_PASS_MARK)
          .explanation(late + " day(s) late, within " + window + " days: capped at the pass mark " + passMark)
          .build());
    }
    return Optional.of(result.mark(0).outcome(PenaltyOutcome.ZERO)
        .explanation(late + " day(s) late, more than " + window + " days: zero").build());
  }
}
