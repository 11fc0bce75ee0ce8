package org.seniortutorkit.regulation.builtin.monitoring;

import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.Severity;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;

/**
 * Who should act on a cause for concern. A student with a disability support plan goes to the Departmental
 * Disabilities Officer and one with a known wellbeing concern to a Wellbeing Adviser, because their
 * support is already arranged there; a sponsored-visa student's attendance concern goes to Registry, which
 * reports engagement to the sponsor; otherwise a serious concern goes to the Senior Tutor and a lesser one
 * to the Personal Tutor.
 */
public final class ConcernRouting {
  private ConcernRouting() {}

  public static RecommendedAction actionFor(Student student, Severity severity, boolean attendanceConcern) {
    if (student.complexNeeds().contains(ComplexNeed.DISABILITY_SUPPORT_PLAN)) {
      return RecommendedAction.REFER_TO_DISABILITY_OFFICER;
    }
    if (student.complexNeeds().contains(ComplexNeed.WELLBEING_CONCERN)) {
      return RecommendedAction.REFER_TO_WELLBEING_ADVISER;
    }
    if (attendanceConcern && student.complexNeeds().contains(ComplexNeed.SPONSORED_VISA)) {
      return RecommendedAction.REFER_TO_REGISTRY;
    }
    return severity == Severity.HIGH ? RecommendedAction.ESCALATE_TO_SENIOR_TUTOR
        : RecommendedAction.TUTOR_FOLLOW_UP;
  }
}
