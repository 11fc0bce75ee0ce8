package org.seniortutorkit.examples.cli.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordWrapTest {
  @Test
  void a_line_that_fits_is_left_as_it_is() {
    assertThat(WordWrap.hanging("  09:00 raised C-0001", 40)).containsExactly("  09:00 raised C-0001");
  }

  @Test
  void a_long_line_continues_indented_under_its_own_indent() {
    assertThat(WordWrap.hanging("  09:00 raised C-0001 CONCERN about S2601213 for attendance", 30)).containsExactly(
        "  09:00 raised C-0001 CONCERN",
        "        about S2601213 for",
        "        attendance");
  }

  @Test
  void every_wrapped_line_fits_the_width_when_its_words_do() {
    String line = "10:20 C-0004 REFERRAL of S2602541 to the Student Wellbeing Adviser, accepted the same morning";

    assertThat(WordWrap.hanging(line, 32)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(32))
        .hasSizeGreaterThan(2);
  }
}
