package org.seniortutorkit.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.access.AccessFixtures.UG;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.student.ComplexNeed;

/** The referral to arranged support is said only from the needs a viewer was permitted to see. */
class ReferralInAPermittedViewTest {
  @Test
  void a_view_showing_the_disability_plan_refers_to_the_disability_officer() {
    StudentView view = StudentView.of(UG, Set.of(RecordArea.DISABILITY_DETAILS));

    assertThat(view.referralFor(false)).contains(RecommendedAction.REFER_TO_DISABILITY_OFFICER);
  }

  @Test
  void a_view_withholding_every_need_gives_the_same_answer_as_for_a_student_without_one() {
    StudentView withheld = StudentView.of(UG, Set.of());
    StudentView noNeeds = StudentView.of(UG.withComplexNeeds(Set.<ComplexNeed>of()),
        Set.of(RecordArea.DISABILITY_DETAILS, RecordArea.WELLBEING_AND_CIRCUMSTANCES));

    assertThat(withheld.referralFor(true)).isEmpty();
    assertThat(noNeeds.referralFor(true)).isEmpty();
  }

  @Test
  void a_sponsored_visa_students_attendance_concern_goes_to_registry_only_in_a_permitted_view() {
    var sponsored = UG.withComplexNeeds(ComplexNeed.SPONSORED_VISA);

    assertThat(StudentView.of(sponsored, Set.of(RecordArea.WELLBEING_AND_CIRCUMSTANCES)).referralFor(true))
        .contains(RecommendedAction.REFER_TO_REGISTRY);
    assertThat(StudentView.of(sponsored, Set.of(RecordArea.WELLBEING_AND_CIRCUMSTANCES)).referralFor(false))
        .isEmpty();
    assertThat(StudentView.of(sponsored, Set.of()).referralFor(true)).isEmpty();
  }
}
