package org.seniortutorkit.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.kernel.InvalidValueException;

class StudentTest {
  @Test
  void complex_needs_never_appear_in_to_string() {
    String text = Samples.student().toString();
    assertThat(text).doesNotContain("DISABILITY").contains("complexNeeds=<redacted>").contains("S1234567");
  }

  @Test
  void a_new_student_is_active() {
    assertThat(Samples.student().isActive()).isTrue();
    assertThat(Samples.student().withStatus(StudentStatus.INTERRUPTED).isActive()).isFalse();
  }

  @Test
  void a_year_of_study_below_one_is_rejected_naming_field_value_and_rule() {
    assertThatThrownBy(() -> Samples.student().withYearOfStudy(0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Student.yearOfStudy = 0 must be greater than or equal to 1");
  }

  @Test
  void postgraduate_taught_study_of_four_years_is_rejected() {
    assertThatThrownBy(() -> Samples.student().withLevel(StudyLevel.POSTGRADUATE_TAUGHT).withYearOfStudy(4))
        .hasMessage("Student.yearOfStudy = 4 must be at most 3 for postgraduate taught study");
  }

  @Test
  void a_blank_name_is_rejected() {
    assertThatThrownBy(() -> Samples.student().withFullName(" "))
        .hasMessage("Student.fullName = \" \" must not be blank");
  }

  @Test
  void several_broken_rules_are_all_reported() {
    InvalidValueException error = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
        () -> Student.builder().from(Samples.student()).fullName("").email("x").build());
    assertThat(error.violations()).extracting(InvalidValueException.Violation::field)
        .containsExactlyInAnyOrder("email", "fullName");
  }
}
