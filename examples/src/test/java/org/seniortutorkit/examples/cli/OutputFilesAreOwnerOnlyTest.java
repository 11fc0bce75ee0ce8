package org.seniortutorkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every file a command writes with student data in it is readable by its owner only. */
class OutputFilesAreOwnerOnlyTest {
  @TempDir
  Path dir;

  private int run(String... args) {
    CommandLine commandLine = SeniorTutorCommand.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(args);
  }

  private static String permissions(Path file) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
  }

  @Test
  void the_check_report_is_written_owner_only() throws Exception {
    Path json = dir.resolve("check-report.json");
    run("check", "--sample", "--out", json.toString());

    assertThat(permissions(json)).isEqualTo("rw-------");
  }

  @Test
  void a_report_replacing_a_file_others_could_read_narrows_it_first() throws Exception {
    Path csv = dir.resolve("open-cases.csv");
    Files.writeString(csv, "old");
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(run("report", "open-cases", "--out", csv.toString())).isEqualTo(ExitCodes.OK);

    assertThat(permissions(csv)).isEqualTo("rw-------");
    assertThat(Files.readString(csv)).isNotEqualTo("old");
  }

  @Test
  void the_dashboard_is_written_owner_only() throws Exception {
    Path html = dir.resolve("dashboard.html");
    assertThat(run("report", "--out", html.toString())).isEqualTo(ExitCodes.OK);

    assertThat(permissions(html)).isEqualTo("rw-------");
  }

  @Test
  void the_allocation_csv_and_json_are_written_owner_only() throws Exception {
    Path students = dir.resolve("students.csv");
    Files.writeString(students, "id,department,level,programme,complexNeeds\n"
        + "S1,PHYS,UNDERGRADUATE,BSc,\nS2,PHYS,UNDERGRADUATE,BSc,WELLBEING_CONCERN\n");
    Path tutors = dir.resolve("tutors.csv");
    Files.writeString(tutors, "id,department,fte,maxTutees,workshopCompletedOn,experienceYears\n"
        + "T1,PHYS,1.0,5,2025-01-01,4\n");

    run("allocate", "--students", students.toString(), "--tutors", tutors.toString(), "--year", "2026/27",
        "--date", "2026-09-01", "--no-progress", "--out", dir.resolve("result").toString());

    assertThat(permissions(dir.resolve("result.csv"))).isEqualTo("rw-------");
    assertThat(permissions(dir.resolve("result.json"))).isEqualTo("rw-------");
  }
}
