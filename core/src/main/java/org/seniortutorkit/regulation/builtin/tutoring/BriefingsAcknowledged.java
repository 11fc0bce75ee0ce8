package org.seniortutorkit.regulation.builtin.tutoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.PolicyBriefing;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.regulation.TutorCaseload;
import org.seniortutorkit.regulation.TutorRule;
import org.seniortutorkit.training.BriefingAcknowledgement;

/**
 * TUT-BRIEFINGS: a tutor acknowledges each policy-change briefing within N days of its publication. A
 * briefing still inside its window is not yet due.
 */
public final class BriefingsAcknowledged implements TutorRule {
  @Override
  public RuleId id() {
    return RuleId.of("TUT-BRIEFINGS");
  }

  @Override
  public String title() {
    return "Policy-change briefings acknowledged within N days";
  }

  @Override
  public Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf) {
    int days = policy.number(PolicySetting.BRIEFING_ACKNOWLEDGE_WITHIN_DAYS);
    List<String> late = caseload.briefings().stream()
        .filter(b -> b.publishedOn().plusDays(days).isBefore(asOf))
        .filter(b -> !acknowledgedInTime(caseload, b, days))
        .map(PolicyBriefing::id)
        .toList();
    if (late.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TutorFindings.about(this, policy, caseload, Severity.LOW, FindingOutcome.BRIEFING_NOT_ACKNOWLEDGED,
        late.size() + " briefing(s) not acknowledged within " + days + " days of publication", late));
  }

  private static boolean acknowledgedInTime(TutorCaseload caseload, PolicyBriefing briefing, int days) {
    return caseload.tutor().training().briefingsAcknowledged().stream()
        .filter(a -> a.briefingId().equals(briefing.id()))
        .map(BriefingAcknowledgement::acknowledgedOn)
        .anyMatch(on -> !on.isAfter(briefing.publishedOn().plusDays(days)));
  }
}
