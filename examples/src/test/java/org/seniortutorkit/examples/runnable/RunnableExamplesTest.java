package org.seniortutorkit.examples.runnable;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.examples.embed.EmbedAllocation;
import org.seniortutorkit.examples.policy.TightenAttendanceThreshold;

/** Each runnable example runs to the end and prints what it promises. */
class RunnableExamplesTest {
  private static String run(Runnable example) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      example.run();
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_embedding_example_allocates_and_explains() {
    String out = run(() -> EmbedAllocation.main(new String[0]));
    assertThat(out).contains("384 placed, 0 unplaced").contains(": satisfies TUTOR_ACTIVE");
  }

  @Test
  void the_policy_example_shows_who_a_higher_threshold_would_flag() {
    String out = run(() -> TightenAttendanceThreshold.main(new String[0]));
    assertThat(out).containsPattern("newly flagged S\\d+ by MON-ATTENDANCE")
        .containsPattern("[1-9]\\d* newly flagged, \\d+ no longer flagged");
  }
}
