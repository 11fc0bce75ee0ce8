package org.seniortutorkit.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.kernel.InvalidValueException;

class StaffMemberTest {
  @Test
  void a_tutor_can_take_tutees_from_the_day_they_complete_the_workshop() {
    StaffMember tutor = Samples.tutor();
    assertThat(tutor.canTakeTuteesOn(LocalDate.of(2019, 9, 20))).isTrue();
    assertThat(tutor.canTakeTuteesOn(LocalDate.of(2019, 9, 19))).isFalse();
  }

  @Test
  void a_tutor_who_never_did_the_workshop_cannot_take_tutees() {
    StaffMember untrained = Samples.tutor().withTraining(TrainingRecord.builder().build());
    assertThat(untrained.canTakeTuteesOn(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void experience_counts_whole_years_of_tutoring() {
    assertThat(Samples.tutor().yearsOfTutoringOn(LocalDate.of(2026, 8, 31))).isEqualTo(6);
    assertThat(Samples.tutor().yearsOfTutoringOn(LocalDate.of(2026, 9, 1))).isEqualTo(7);
    assertThat(Samples.tutor().withTutoringSince(java.util.Optional.empty())
        .yearsOfTutoringOn(LocalDate.of(2026, 9, 1))).isZero();
  }

  @Test
  void leave_is_per_academic_year() {
    StaffMember onLeave = Samples.tutor().withOnLeave(AcademicYear.of(2026));
    assertThat(onLeave.isOnLeaveIn(AcademicYear.of(2026))).isTrue();
    assertThat(onLeave.isOnLeaveIn(AcademicYear.of(2027))).isFalse();
  }

  @Test
  void an_fte_above_one_is_rejected() {
    assertThatThrownBy(() -> Samples.tutor().withFte(1.2))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("StaffMember.fte = 1.2 must be less than or equal to 1.0");
  }

  @Test
  void a_malformed_email_is_rejected() {
    assertThatThrownBy(() -> Samples.tutor().withEmail("not an email"))
        .hasMessageContaining("StaffMember.email")
        .hasMessageContaining("\"not an email\"")
        .hasMessageContaining("well-formed email");
  }
}
