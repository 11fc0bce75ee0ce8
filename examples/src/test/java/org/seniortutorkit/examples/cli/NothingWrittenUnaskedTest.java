package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Commands leave the working folder as they found it unless an output file is named. */
class NothingWrittenUnaskedTest {
  private final StringWriter out = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(args);
  }

  private static java.util.List<Path> workingFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("").toAbsolutePath())) {
      return files.sorted().toList();
    }
  }

  @Test
  void check_without_out_prints_its_summary_and_writes_no_file() throws IOException {
    var before = workingFolder();

    assertThat(run("check", "--sample", "--no-progress")).isEqualTo(ExitCodes.FINDINGS);

    assertThat(workingFolder()).isEqualTo(before);
    assertThat(out.toString()).contains("Regulation check of (built-in sample)").doesNotContain("JSON report:");
  }

  @Test
  void demo_without_a_data_dir_keeps_its_database_in_a_folder_it_removes() throws IOException {
    var before = workingFolder();

    assertThat(run("demo")).isZero();

    assertThat(workingFolder()).isEqualTo(before);
    String saved = out.toString().lines().filter(l -> l.startsWith("Records saved to ")).findFirst().orElseThrow();
    Path folder = Path.of(saved.substring("Records saved to jdbc:h2:file:".length(), saved.indexOf(": "))).getParent();
    assertThat(folder).doesNotExist();
  }
}
