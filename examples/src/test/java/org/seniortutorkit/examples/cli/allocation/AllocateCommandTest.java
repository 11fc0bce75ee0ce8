package org.seniortutorkit.examples.cli.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.examples.cli.SeniorTutorCommand;
import picocli.CommandLine;

class AllocateCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void allocates_from_csv_writes_csv_and_json_and_reports_unplaced_students() throws Exception {
    Path students = write("students.csv", "id,department,level,programme,complexNeeds,previousTutor\n"
        + "S1,Physics,UNDERGRADUATE,BSc,,T1\nS2,Physics,UNDERGRADUATE,BSc,WELLBEING_CONCERN,\n");
    Path tutors = write("tutors.csv", "id,department,fte,maxTutees,workshopCompletedOn,experienceYears\n"
        + "T1,Physics,1.0,5,2025-01-01,4\n");

    int exit = run("allocate", "--students", students.toString(), "--tutors", tutors.toString(),
        "--year", "2026/27", "--date", "2026-09-01", "--out", dir.resolve("result").toString());

    assertThat(exit).isEqualTo(ExitCodes.FINDINGS);
    assertThat(out.toString()).contains("1 of 2 students placed", "1 of 1 returning students kept")
        .containsPattern("Unplaced students \\(1\\):\\R  student +reason\\R  S2 +\\S");
    assertThat(Files.readString(dir.resolve("result.csv"))).contains("S1,T1,false").contains("UNPLACED");
    assertThat(Files.readString(dir.resolve("result.json"))).contains("\"tutor\" : \"T1\"");
  }

  @Test
  void a_bad_cell_is_one_clear_line_with_the_bad_input_exit_code() throws Exception {
    Path students = write("students.csv", "id,department,level,programme\nS1,Physics,UG,BSc\n");
    Path tutors = write("tutors.csv", "id,department,fte,maxTutees\nT1,Physics,1.0,5\n");

    int exit = run("allocate", "--students", students.toString(), "--tutors", tutors.toString(),
        "--year", "2026/27", "--out", dir.resolve("result").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().trim()).startsWith("error: ").contains("line 2: level = \"UG\" must be one of")
        .doesNotContain("\n");
  }

  @Test
  void a_fractional_or_huge_max_tutees_is_refused_not_truncated() throws Exception {
    Path students = write("students.csv", "id,department,level,programme\nS1,Physics,UNDERGRADUATE,BSc\n");
    Path tutors = write("tutors.csv", "id,department,fte,maxTutees\nT1,Physics,1.0,2.9\nT2,Physics,1.0,1e10\n");

    int exit = run("allocate", "--students", students.toString(), "--tutors", tutors.toString(),
        "--year", "2026/27", "--out", dir.resolve("result").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString().trim()).contains("line 2: maxTutees = \"2.9\" must be a whole number from 0 to 1000");
  }

  @Test
  void an_unknown_complex_need_is_refused_without_repeating_its_text() throws Exception {
    Path students = write("students.csv", "id,department,level,programme,complexNeeds\n"
        + "S1,Physics,UNDERGRADUATE,BSc,HIV positive\n");
    Path tutors = write("tutors.csv", "id,department,fte,maxTutees\nT1,Physics,1.0,5\n");

    int exit = run("allocate", "--students", students.toString(), "--tutors", tutors.toString(),
        "--year", "2026/27", "--out", dir.resolve("result").toString());

    assertThat(exit).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("line 2: complexNeeds (entry 1, withheld: special category) must be one of")
        .doesNotContain("HIV");
  }

  @Test
  void bench_allocate_prints_one_json_line() {
    int exit = run("bench", "allocate", "--students", "200", "--tutors", "20", "--seed", "3");

    assertThat(exit).isEqualTo(ExitCodes.OK);
    assertThat(out.toString().trim()).matches(
        "\\{\"students\":200,\"tutors\":20,\"cost\":\\d+,\"unplaced\":\\d+,\"millis\":\\d+}");
  }

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }
}
