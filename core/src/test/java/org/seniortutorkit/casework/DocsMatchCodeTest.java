package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/casework.md shows every row of every transition table, so the documentation cannot drift. */
class DocsMatchCodeTest {
  private static final Path DOC = Path.of("..", "docs", "casework.md");

  @Test
  void every_transition_row_is_in_the_documentation() throws IOException {
    String doc = Files.readString(DOC);
    for (CaseKind kind : CaseKind.values()) {
      assertThat(doc).contains("### " + kind);
      for (Transition t : kind.machine().transitions()) {
        String roles = t.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
        assertThat(doc).as("%s row %s", kind, t)
            .contains("| " + t.from() + " | " + t.command() + " | " + t.to() + " | " + roles + " |");
      }
    }
  }

  @Test
  void a_row_not_in_any_table_is_not_documented() throws IOException {
    assertThat(Files.readString(DOC)).doesNotContain("| RAISED | UPHOLD |");
    assertThat(Arrays.stream(CaseKind.values()).map(k -> k.machine().find(CaseState.RAISED, CaseCommand.UPHOLD))
        .allMatch(java.util.Optional::isEmpty)).isTrue();
  }
}
