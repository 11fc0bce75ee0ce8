package org.seniortutorkit.kernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.allocation.TutorCandidate;
import org.seniortutorkit.training.CpdActivity;

/** Decimal bounds read as they did with the EL interpolator, now that no expression language is on the path. */
class BoundMessageInterpolatorTest {
  @Test
  void an_exclusive_lower_bound_says_greater_than() {
    assertThatThrownBy(() -> TutorCandidate.builder().id(StaffId.of("T1")).department(DepartmentId.of("CHEM")).fte(0.0)
        .maxTutees(10).experienceYears(1).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("TutorCandidate.fte = 0.0 must be greater than 0.0");
  }

  @Test
  void an_inclusive_lower_bound_says_greater_than_or_equal_to() {
    assertThatThrownBy(() -> CpdActivity.of("Mental-health first aid", LocalDate.of(2026, 3, 2), 0.25))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CpdActivity.hours = 0.25 must be greater than or equal to 0.5");
  }

  @Test
  void an_inclusive_upper_bound_says_less_than_or_equal_to() {
    assertThatThrownBy(() -> CpdActivity.of("Mental-health first aid", LocalDate.of(2026, 3, 2), 250))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CpdActivity.hours = 250.0 must be less than or equal to 200");
  }
}
