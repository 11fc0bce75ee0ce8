package org.seniortutorkit.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {
  @Test
  void reads_and_prints_the_label() {
    assertThat(AcademicYear.parse("2026/27")).isEqualTo(AcademicYear.of(2026));
    assertThat(AcademicYear.of(2099).label()).isEqualTo("2099/00");
  }

  @Test
  void runs_from_the_first_of_august_to_the_thirty_first_of_july() {
    AcademicYear year = AcademicYear.of(2026);
    assertThat(year.contains(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 7, 31))).isTrue();
    assertThat(year.contains(LocalDate.of(2026, 7, 31))).isFalse();
    assertThat(AcademicYear.containing(LocalDate.of(2027, 7, 31))).isEqualTo(year);
    assertThat(AcademicYear.containing(LocalDate.of(2027, 8, 1))).isEqualTo(year.next());
  }

  @Test
  void a_malformed_label_is_rejected_with_the_expected_shape() {
    assertThatThrownBy(() -> AcademicYear.parse("2026-27"))
        .hasMessage("AcademicYear.label = \"2026-27\" must look like 2026/27");
  }

  @Test
  void a_label_naming_non_consecutive_years_is_rejected() {
    assertThatThrownBy(() -> AcademicYear.parse("2026/28"))
        .hasMessage("AcademicYear.label = \"2026/28\" must name two consecutive years");
  }

  @Test
  void an_implausible_year_is_rejected() {
    assertThatThrownBy(() -> AcademicYear.of(1066))
        .hasMessage("AcademicYear.startYear = 1066 must be greater than or equal to 1900");
  }

  @Test
  void terms_must_lie_within_the_year_in_order() {
    Term autumn = Term.of("Autumn", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11));
    Term spring = Term.of("Spring", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26));
    AcademicCalendar calendar = AcademicCalendar.builder().year(AcademicYear.of(2026)).addTerms(autumn, spring).build();
    assertThat(calendar.termContaining(LocalDate.of(2027, 2, 1))).contains(spring);
    assertThat(calendar.termContaining(LocalDate.of(2026, 12, 25))).isEmpty();
    assertThatThrownBy(() -> AcademicCalendar.builder().year(AcademicYear.of(2026)).addTerms(spring, autumn).build())
        .hasMessage("AcademicCalendar.terms[1].startsOn = 2026-09-28 must be after the previous term ends (2027-03-26)");
  }

  @Test
  void a_term_cannot_end_before_it_starts() {
    assertThatThrownBy(() -> Term.of("Autumn", LocalDate.of(2026, 12, 11), LocalDate.of(2026, 9, 28)))
        .hasMessage("Term.endsOn = 2026-09-28 must not be before startsOn 2026-12-11");
  }
}
