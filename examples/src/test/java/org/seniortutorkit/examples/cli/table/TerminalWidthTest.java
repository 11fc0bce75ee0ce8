package org.seniortutorkit.examples.cli.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tables are as wide as --width says, else COLUMNS, else 100. */
class TerminalWidthTest {
  @Test
  void the_width_option_wins_over_the_environment() {
    assertThat(TerminalWidth.resolve(Optional.of(72), Map.of("COLUMNS", "132"))).isEqualTo(72);
  }

  @Test
  void without_the_option_the_columns_variable_is_honoured() {
    assertThat(TerminalWidth.resolve(Optional.empty(), Map.of("COLUMNS", "132"))).isEqualTo(132);
  }

  @Test
  void without_either_tables_are_a_hundred_characters_wide() {
    assertThat(TerminalWidth.resolve(Optional.empty(), Map.of())).isEqualTo(100);
  }

  @Test
  void a_garbled_or_tiny_columns_value_is_ignored() {
    assertThat(TerminalWidth.resolve(Optional.empty(), Map.of("COLUMNS", "wide"))).isEqualTo(100);
    assertThat(TerminalWidth.resolve(Optional.empty(), Map.of("COLUMNS", "3"))).isEqualTo(100);
  }
}
