package org.seniortutorkit.examples.cli.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table fits the width it is given by wrapping long text at word boundaries, never by cutting ids or numbers. */
class TextTableTest {
  private static final String ACTION = "Meet the student within five working days and agree an attendance plan"
      + " with the module leaders";

  private static TextTable findings() {
    return TextTable.of(Column.whole("student"), Column.number("percent"), Column.wrapped("action"))
        .row("S0000001", 62, ACTION)
        .row("S0000002", 100, "None");
  }

  @Test
  void a_table_that_fits_is_one_line_per_row_under_a_header() {
    assertThat(findings().render(200)).containsExactly(
        "student   percent  action",
        "S0000001       62  " + ACTION,
        "S0000002      100  None");
  }

  @Test
  void a_table_too_wide_wraps_its_long_text_to_fit_the_width() {
    List<String> lines = findings().render(60);
    assertThat(lines).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(60));
  }

  @Test
  void wrapped_text_breaks_at_word_boundaries_on_continuation_lines_under_its_column() {
    List<String> lines = findings().render(60);
    String indent = " ".repeat("S0000001       62  ".length());
    assertThat(lines.get(1)).startsWith("S0000001       62  Meet the");
    assertThat(lines.subList(2, lines.size() - 1)).allSatisfy(line -> assertThat(line).startsWith(indent));
    String rejoined = lines.get(1).substring(indent.length()) + " " + lines.subList(2, lines.size() - 1).stream()
        .map(String::strip).reduce((a, b) -> a + " " + b).orElseThrow();
    assertThat(rejoined).isEqualTo(ACTION);
  }

  @Test
  void ids_and_numbers_stay_whole_however_narrow_the_width() {
    List<String> lines = findings().render(20);
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("S0000001       62  "));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("S0000002      100  "));
  }

  @Test
  void numbers_are_aligned_right_and_text_left() {
    List<String> lines = TextTable.of(Column.whole("tutor"), Column.number("tutees"))
        .row("T1", 7).row("T0002", 18).render(80);
    assertThat(lines).containsExactly(
        "tutor  tutees",
        "T1          7",
        "T0002      18");
  }

  @Test
  void a_table_that_cannot_fit_still_prints_wider_than_the_width() {
    List<String> lines = findings().render(20);
    assertThat(lines).anySatisfy(line -> assertThat(line.length()).isGreaterThan(20));
    assertThat(String.join(" ", lines)).contains("Meet", "attendance", "leaders");
  }

  @Test
  void a_wrapped_column_never_gets_narrower_than_its_minimum() {
    List<String> lines = TextTable.of(Column.whole("id"), Column.wrapped("note", 15))
        .row("X", "one two three four five six seven").render(10);
    assertThat(lines).containsExactly(
        "id  note",
        "X   one two three",
        "    four five six",
        "    seven");
  }

  @Test
  void a_word_longer_than_the_minimum_is_not_cut() {
    List<String> lines = TextTable.of(Column.whole("id"), Column.wrapped("note", 4))
        .row("X", "see Regulations§12.3(b)").render(10);
    assertThat(lines).containsExactly("id  note", "X   see", "    Regulations§12.3(b)");
  }

  @Test
  void the_widest_wrapped_column_gives_way_first() {
    List<String> lines = TextTable.of(Column.wrapped("short"), Column.wrapped("long"))
        .row("a b c", "alpha beta gamma delta epsilon zeta eta theta").render(40);
    assertThat(lines.get(1)).startsWith("a b c  alpha");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
  }

  @Test
  void an_indent_counts_against_the_width() {
    List<String> lines = findings().indent(4).render(60);
    assertThat(lines).allSatisfy(line -> assertThat(line).startsWith("    ").hasSizeLessThanOrEqualTo(60));
  }

  @Test
  void lines_have_no_trailing_spaces() {
    assertThat(findings().render(60)).allSatisfy(line -> assertThat(line).isEqualTo(line.stripTrailing()));
  }

  @Test
  void a_row_with_the_wrong_number_of_cells_is_refused() {
    assertThatThrownBy(() -> TextTable.of(Column.whole("a"), Column.whole("b")).row("only one"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells, not 1");
  }
}
