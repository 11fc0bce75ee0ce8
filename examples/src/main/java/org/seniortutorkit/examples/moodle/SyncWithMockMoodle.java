package org.seniortutorkit.examples.moodle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import org.seniortutorkit.examples.cli.SeniorTutorCommand;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.PullFolder;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.moodle.testing.SimulatedDepartment;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;
import picocli.CommandLine;

/**
 * Moodle example, end to end and offline: starts a simulated Moodle on loopback (the plugin's
 * {@link SimulatedDepartment}: 12 students, 3 teaching staff, 4 courses, one attendance session), then runs the
 * real {@code senior-tutor moodle} commands against it: pull the department into a records folder, check the
 * regulations over it, plan the Personal Tutor role assignments, apply them, and apply again to show nothing is
 * left to do. Everything is written to the folder given as the one argument, else a fresh temporary folder, and
 * left there to look at; the server stops at the end.
 *
 * <pre>{@code java -cp examples/target/senior-tutor-kit.jar org.seniortutorkit.examples.moodle.SyncWithMockMoodle [FOLDER]}</pre>
 */
public final class SyncWithMockMoodle {
  /** The simulated attendance session is on 2026-09-21; a week later its absence is still in the window. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 28);
  /** Not a real token: the simulated Moodle does not check it, but the configuration must name one. */
  private static final String TOKEN = "0123456789abcdef0123456789abcdef";
  /** Held so the setting survives (JUL keeps loggers weakly): Hibernate Validator's start-up banner is noise. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");
  /** The check finds the same thing for every student; its first rows make the point. */
  private static final int CHECK_LINES_SHOWN = 6;

  private final Path folder;
  private final PrintWriter out;
  /** The commands' tables are printed indented by two, so they get two columns less than the terminal. */
  private final String width = String.valueOf(TerminalWidth.resolve(Optional.empty(), System.getenv()) - 2);

  private SyncWithMockMoodle(Path folder, PrintWriter out) {
    this.folder = folder;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    VALIDATOR_LOG.setLevel(Level.WARNING);
    Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0]))
        : Files.createTempDirectory("senior-tutor-moodle-");
    PrintWriter out = new PrintWriter(System.out, true);
    SimulatedDepartment moodle = new SimulatedDepartment(12, 3, 4, 2, 2, 0);
    moodle.attendanceInstalled = true;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(moodle);
      server.start(InetAddress.getLoopbackAddress(), 0);
      out.println("Simulated Moodle at " + server.url("/") + "; working folder " + folder);
      new SyncWithMockMoodle(folder, out).run(server.url("/").toString());
      out.println("Moodle now holds " + moodle.roleAssignments().size() + " Personal Tutor role assignments.");
    }
  }

  private void run(String baseUrl) throws IOException {
    Files.writeString(folder.resolve("moodle.token"), TOKEN + "\n");
    // The kit refuses a token file other users could read (docs/moodle.md).
    Files.setPosixFilePermissions(folder.resolve("moodle.token"), PosixFilePermissions.fromString("rw-------"));
    Files.writeString(folder.resolve("moodle.json"), configuration(baseUrl));
    String records = folder.resolve("records").toString();
    String config = folder.resolve("moodle.json").toString();

    step("1. Pull the department", Integer.MAX_VALUE, "moodle", "pull", "--config", config, "--out", records, "--no-progress");
    step("2. Check the regulations over the pulled records", CHECK_LINES_SHOWN, "check", records, "--as-of", AS_OF.toString(),
        "--no-progress", "--out", folder.resolve("check-report.json").toString());
    Path assignments = assignTutorsInTurn(PullFolder.read(Path.of(records)));
    step("3. Plan the Personal Tutor role assignments; nothing is written", Integer.MAX_VALUE, "moodle", "plan", "--config", config,
        "--records", records, "--assignments", assignments.toString(), "--show", "3", "--no-progress");
    step("4. Apply them", Integer.MAX_VALUE, "moodle", "apply", "--config", config, "--records", records, "--assignments",
        assignments.toString(), "--no-progress");
    step("5. Apply again: nothing is left to do", Integer.MAX_VALUE, "moodle", "apply", "--config", config, "--records", records,
        "--assignments", assignments.toString(), "--no-progress");
  }

  /** The simulated site's two programmes, three year cohorts, the disability-plan flag and attendance instance. */
  private static String configuration(String baseUrl) {
    String f100 = courses(0, 2);
    String f101 = courses(2, 4);
    return """
        {"baseUrl":"%s","allowInsecureLoopback":true,"token":{"file":"moodle.token"},
         "department":"CHEM","academicYear":2026,"tutorRoleId":9,
         "profileFields":{"complexNeeds":{"DISABILITY_SUPPORT_PLAN":"dsp"}},
         "programmes":[{"code":"F100","courses":[%s]},{"code":"F101","courses":[%s]}],
         "yearGroups":[{"year":1,"cohort":"chem-y1"},{"year":2,"cohort":"chem-y2"},{"year":3,"cohort":"chem-y3"}],
         "attendanceInstances":[42]}
        """.formatted(baseUrl, f100, f101);
  }

  private static String courses(int from, int to) {
    return IntStream.range(from, to).mapToObj(c -> "\"" + SimulatedDepartment.courseShortname(c) + "\"")
        .collect(Collectors.joining(","));
  }

  /**
   * Each pulled student gets the pulled tutors in turn. A department would run {@code senior-tutor allocate}
   * instead; Moodle does not know who has completed the tutoring workshop, so this example does not pretend to.
   */
  private Path assignTutorsInTurn(PulledRecords pulled) throws IOException {
    List<StaffRecord> tutors = pulled.staff();
    List<TutorAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < pulled.students().size(); i++) {
      assignments.add(TutorAssignment.builder()
          .student(StudentId.of(pulled.students().get(i).studentNumber()))
          .tutor(StaffId.of(tutors.get(i % tutors.size()).staffNumber()))
          .academicYear(AcademicYear.of(2026)).origin(AssignmentOrigin.ALLOCATED).madeOn(AS_OF).build());
    }
    Path file = folder.resolve("assignments.json");
    Files.writeString(file, SeniorTutorJson.writePretty(assignments));
    out.printf("%nAssigned %d students to %d tutors in turn (a department runs `senior-tutor allocate`): %s%n",
        assignments.size(), tutors.size(), file.getFileName());
    return file;
  }

  /** Runs one {@code senior-tutor} command and prints its first lines, indented under the step's title. */
  private void step(String title, int shown, String... args) {
    StringWriter said = new StringWriter();
    CommandLine command = SeniorTutorCommand.commandLine();
    command.setOut(new PrintWriter(said, true));
    command.setErr(new PrintWriter(said, true));
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.addAll(List.of("--width", width));
    int exit = command.execute(arguments.toArray(String[]::new));
    String name = args[0].equals("moodle") ? "moodle " + args[1] : args[0];
    out.printf("%n%s  [senior-tutor %s, exit %d]%n", title, name, exit);
    List<String> lines = said.toString().lines().filter(line -> !line.isBlank()).toList();
    lines.stream().limit(shown).forEach(line -> out.println("  " + line));
    if (lines.size() > shown) {
      out.printf("  ... %d more lines%n", lines.size() - shown);
    }
  }
}
