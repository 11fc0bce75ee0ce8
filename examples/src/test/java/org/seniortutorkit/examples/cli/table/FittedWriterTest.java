package org.seniortutorkit.examples.cli.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class FittedWriterTest {
  private final StringWriter target = new StringWriter();
  private final PrintWriter out = new PrintWriter(new FittedWriter(target, 24));

  @Test
  void lines_that_fit_pass_through_with_their_spacing() {
    out.println("  T001     17   20");
    out.println();
    out.close();

    assertThat(target).hasToString("  T001     17   20\n\n");
  }

  @Test
  void a_long_line_is_wrapped_with_a_hanging_indent() {
    out.printf("placed 384 students, 0 unplaced; continuity kept%n");
    out.close();

    assertThat(target.toString().lines()).containsExactly(
        "placed 384 students, 0",
        "      unplaced;",
        "      continuity kept");
  }

  @Test
  void an_unfinished_last_line_is_passed_on_when_closed() {
    out.print("done");
    out.flush();
    assertThat(target).hasToString("");

    out.close();
    assertThat(target).hasToString("done");
  }
}
