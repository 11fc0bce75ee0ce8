package org.seniortutorkit.examples.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private final StringWriter err = new StringWriter();
  private final ProgressBar bar = new ProgressBar(new PrintWriter(err));

  @Test
  void the_bar_fills_in_place_and_ends_the_step_with_a_newline() {
    bar.advanced("courses", 0, 4);
    bar.advanced("courses", 2, 4);
    bar.advanced("courses", 4, 4);
    assertThat(err.toString()).contains("\rcourses          [---------------").contains("] 2/4")
        .endsWith("[" + "#".repeat(30) + "] 4/4" + System.lineSeparator());
  }

  @Test
  void updates_within_the_same_percent_are_not_redrawn() {
    bar.advanced("grades", 1, 1000);
    bar.advanced("grades", 2, 1000);
    assertThat(err.toString().split("\r", -1)).hasSize(2);
  }

  @Test
  void an_empty_step_counts_as_finished() {
    bar.advanced("attendance", 0, 0);
    assertThat(err.toString()).contains("0/0").endsWith(System.lineSeparator());
  }
}
