package org.seniortutorkit.student;

import org.seniortutorkit.kernel.StudentId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.InvalidValueException;

class StudentIdTest {
  @Test
  void keeps_the_records_system_identifier() {
    assertThat(StudentId.of("S1234567").value()).isEqualTo("S1234567");
  }

  @Test
  void blank_identifier_is_rejected_naming_field_value_and_rule() {
    assertThatThrownBy(() -> StudentId.of(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("StudentId.value = \" \" must not be blank");
  }

  @Test
  void identifier_with_spaces_is_rejected_with_the_allowed_alphabet() {
    assertThatThrownBy(() -> StudentId.of("S 12"))
        .hasMessage("StudentId.value = \"S 12\" must be 1-64 letters, digits, '.', '_' or '-'");
  }
}
