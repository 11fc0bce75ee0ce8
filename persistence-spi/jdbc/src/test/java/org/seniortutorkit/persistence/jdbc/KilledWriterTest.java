package org.seniortutorkit.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.casework.CaseQuery;

/**
 * A process killed between writing a case and appending its audit entry leaves neither in the database: the two
 * writes are one transaction, and H2 discards an uncommitted one when the file is opened again. The same writer
 * left to finish leaves both.
 */
class KilledWriterTest {
  @Test
  void a_writer_killed_between_the_case_and_its_audit_entry_leaves_neither(@TempDir Path folder) throws Exception {
    Process writer = start(folder, "pause");
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("between");
      writer.destroyForcibly();
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(casesAndEntries(folder)).containsExactly(0L, 0L);
  }

  @Test
  void the_same_writer_left_to_finish_leaves_both(@TempDir Path folder) throws Exception {
    Process writer = start(folder, "finish");
    try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
        StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("between");
      assertThat(out.readLine()).isEqualTo("done");
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(writer.exitValue()).isZero();
    assertThat(casesAndEntries(folder)).containsExactly(1L, 1L);
  }

  private static Process start(Path folder, String mode) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CaseWriterProcess.class.getName(), folder.toString(), mode)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static java.util.List<Long> casesAndEntries(Path folder) {
    try (JdbcPersistence store = JdbcPersistence.embeddedH2(folder)) {
      return store.inTransaction(work -> java.util.List.of(work.cases().count(CaseQuery.all()),
          work.audit().count()));
    }
  }
}
