package org.seniortutorkit.kernel;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.testing.Samples;

/** Invalid values are always rejected, and the message always names the field (and, if not sensitive, the value). */
class InvalidValuesProperties {
  @Property
  void identifiers_outside_the_alphabet_are_rejected_naming_the_field(@ForAll("badIdentifiers") String bad) {
    assertThatThrownBy(() -> StudentId.of(bad))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("StudentId.value = \"" + bad + "\"");
    assertThatThrownBy(() -> StaffId.of(bad)).hasMessageStartingWith("StaffId.value = ");
  }

  @Property
  void years_of_study_outside_one_to_seven_are_rejected(@ForAll int year) {
    if (year >= 1 && year <= 7) {
      return;
    }
    assertThatThrownBy(() -> Samples.student().withYearOfStudy(year))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("Student.yearOfStudy = " + year + " must be");
  }

  @Property
  void fte_outside_a_tenth_to_one_is_rejected(@ForAll @DoubleRange(min = -10, max = 10) double fte) {
    if (fte >= 0.1 && fte <= 1.0) {
      return;
    }
    assertThatThrownBy(() -> Samples.tutor().withFte(fte))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("StaffMember.fte = " + fte + " must be");
  }

  @Property
  void academic_years_out_of_range_are_rejected(@ForAll @IntRange(min = -5000, max = 5000) int start) {
    if (start >= 1900 && start <= 2999) {
      return;
    }
    assertThatThrownBy(() -> AcademicYear.of(start))
        .hasMessageStartingWith("AcademicYear.startYear = " + start + " must be");
  }

  @Provide
  Arbitrary<String> badIdentifiers() {
    Arbitrary<String> withForbiddenCharacter = Arbitraries.strings().ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.matches("[A-Za-z0-9._-]{1,64}"));
    Arbitrary<String> tooLong = Arbitraries.strings().alpha().ofMinLength(65).ofMaxLength(100);
    return Arbitraries.oneOf(withForbiddenCharacter, tooLong, Arbitraries.just(""));
  }
}
