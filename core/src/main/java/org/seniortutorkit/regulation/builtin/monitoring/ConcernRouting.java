package org.seniortutorkit.regulation.builtin.monitoring;

import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;

/**
 * Who should act on a cause for concern, said the same way for every student: a serious concern goes to the
 * Senior Tutor and a lesser one to the Personal Tutor. A finding travels (tables, reports, the dashboard, a
 * tutor's screen), so its action must never depend on a complex need: "refer to the Disability Officer" next to
 * a name discloses the plan. Where support is already arranged, the specific referral is said only in a view the
 * * viewer was permitted, through the audited desk ({@code access.ArrangedSupport}).
 */
public final class ConcernRouting {
  private ConcernRouting() {}

  public static RecommendedAction actionFor(Severity severity) {
    return severity == Severity.HIGH ? RecommendedAction.ESCALATE_TO_SENIOR_TUTOR
        : RecommendedAction.TUTOR_FOLLOW_UP;
  }
}
