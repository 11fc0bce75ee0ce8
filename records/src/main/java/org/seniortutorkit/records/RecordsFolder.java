package org.seniortutorkit.records;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.policy.DefaultPolicyPack;
import org.seniortutorkit.policy.PolicyLayers;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.PolicyBriefing;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.regulation.WithdrawalWarning;
import org.seniortutorkit.regulation.panels.PanelProposal;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * A records folder: one file per kind of record, each optional (see docs/policy.md). Marks and attendance may
 * be JSON or CSV; everything else is JSON. {@code policy-packs.json} holds faculty and department packs (and
 * optionally an institution pack) layered over the default pack.
 */
public final class RecordsFolder {
  /** Every file a records folder may hold. */
  public static final List<String> FILES = List.of("context.json", "calendar.json", "departments.json",
      "students.json", "staff.json", "assignments.json", "meetings.json", "marks.json", "marks.csv",
      "attendance.json", "attendance.csv", "submissions.json", "claims.json", "warnings.json", "briefings.json",
      "panels.json", "policy-packs.json");
  private final String name;
  private final Source files;

  /** Where a folder's files come from: a directory, or resources on the class path. */
  @FunctionalInterface
  private interface Source {
    /** The file's bytes, or empty when the folder does not hold it. */
    Optional<InputStream> open(String file) throws IOException;
  }

  private RecordsFolder(String name, Source files) {
    this.name = name;
    this.files = files;
  }

  /** The records folder {@code folder}, a directory. */
  public static RecordsFolder at(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + ": is not a records folder (a directory)");
    }
    return new RecordsFolder(folder.toString(), file -> {
      Path path = folder.resolve(file);
      return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
    });
  }

  /**
   * A records folder shipped as class-path resources, e.g. a sample folder inside a jar.
   *
   * @param name how the folder is named in reports and errors
   * @param loader the class loader that holds the resources
   * @param resourceFolder the resource path of the folder, e.g. {@code org/example/sample-records/}
   */
  public static RecordsFolder onClassPath(String name, ClassLoader loader, String resourceFolder) {
    String prefix = resourceFolder.endsWith("/") ? resourceFolder : resourceFolder + "/";
    return new RecordsFolder(name, file -> Optional.ofNullable(loader.getResourceAsStream(prefix + file)));
  }

  /** How the folder is named in reports and errors: its path, or the name it was given. */
  public String name() {
    return name;
  }

  /** Copies the files this folder has into {@code target}, e.g. to start from the sample. */
  public void copyTo(Path target) throws IOException {
    Files.createDirectories(target);
    for (String file : FILES) {
      Optional<InputStream> in = files.open(file);
      if (in.isPresent()) {
        try (InputStream bytes = in.get()) {
          Files.copy(bytes, target.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /**
   * The records, as of {@code asOf} if given, else the folder's {@code context.json}, else {@code today}.
   * Nothing is read silently: every problem in every file (a bad field, a row repeating another, a row about a
   * student, tutor or module the folder does not list) is reported together in a {@link
   * RecordsFolderException}, naming the file, the line or JSON path, the field and the rule. Marks and
   * attendance are read as they stream, never whole into memory.
   */
  public StudentRecords read(Optional<LocalDate> asOf, LocalDate today) {
    Problems problems = new Problems(name);
    References known = new References();
    StudentRecords.Builder records = StudentRecords.builder()
        .asOf(asOf.or(() -> context(problems)).orElse(today));
    document("calendar.json", AcademicCalendar.class, problems).ifPresent(records::calendar);
    array("departments.json", Department.class, problems, (department, where) -> records.addDepartments(department));
    array("students.json", Student.class, problems, (student, where) -> {
      if (known.addStudent(student)) {
        records.addStudents(student);
      } else {
        where.problem(problems, "id", student.id().value(), "is listed twice");
      }
    });
    array("staff.json", StaffMember.class, problems, (member, where) -> {
      if (known.addStaff(member)) {
        records.addStaff(member);
      } else {
        where.problem(problems, "id", member.id().value(), "is listed twice");
      }
    });
    array("assignments.json", TutorAssignment.class, problems, (assignment, where) -> {
      if (listed(known, assignment.student(), where, problems) & listed(known, assignment.tutor(), where, problems)) {
        records.addAssignments(assignment);
      }
    });
    array("meetings.json", TutorMeeting.class, problems, (meeting, where) -> {
      if (listed(known, meeting.student(), where, problems) & listed(known, meeting.tutor(), where, problems)) {
        records.addMeetings(meeting);
      }
    });
    readMarks(records, known, problems);
    readAttendance(records, known, problems);
    array("submissions.json", Submission.class, problems, (submission, where) -> {
      known.addModule(submission.module());
      if (listed(known, submission.student(), where, problems)) {
        records.addSubmissions(submission);
      }
    });
    array("claims.json", MitigatingCircumstancesClaim.class, problems, (claim, where) -> {
      boolean module = known.knowsModule(claim.module());
      if (!module) {
        where.problem(problems, "module", claim.module(), "is a module with no marks and no submissions");
      }
      if (listed(known, claim.student(), where, problems) && module) {
        records.addClaims(claim);
      }
    });
    array("warnings.json", WithdrawalWarning.class, problems, (warning, where) -> {
      if (listed(known, warning.student(), where, problems)) {
        records.addWarnings(warning);
      }
    });
    array("briefings.json", PolicyBriefing.class, problems, (briefing, where) -> records.addBriefings(briefing));
    array("panels.json", PanelProposal.class, problems, (panel, where) -> {
      boolean members = true;
      for (int i = 0; i < panel.members().size(); i++) {
        StaffId member = panel.members().get(i).staff();
        if (!known.knows(member)) {
          where.problem(problems, "members[" + i + "].staff", member.value(), "is not in staff.json");
          members = false;
        }
      }
      if (listed(known, panel.student(), where, problems) && members) {
        records.addPanels(panel);
      }
    });
    problems.throwIfAny();
    return records.build();
  }

  /** The default pack with this folder's faculty and department packs layered over it. */
  public PolicyLayers policyLayers() {
    PolicyLayers layers = PolicyLayers.of(List.of(DefaultPolicyPack.load()));
    for (PolicyPack narrower : policyPacks()) {
      layers = layers.replacing(narrower);
    }
    return layers;
  }

  /** The packs in {@code policy-packs.json}, if any. */
  public List<PolicyPack> policyPacks() {
    Problems problems = new Problems(name);
    List<PolicyPack> packs = new ArrayList<>();
    array("policy-packs.json", PolicyPack.class, problems, (pack, where) -> packs.add(pack));
    problems.throwIfAny();
    return List.copyOf(packs);
  }

  private void readMarks(StudentRecords.Builder records, References known, Problems problems) {
    ModuleAttempts attempts = new ModuleAttempts();
    array("marks.json", ModuleResult.class, problems, (result, where) -> {
      known.addModule(result.module());
      if (listed(known, result.student(), where, problems) & attempts.add(result,
          where.file() + " " + where.line(), rule -> where.problem(problems, "", "", rule))) {
        records.addResults(result);
      }
    });
    open("marks.csv", problems, in -> CsvRecords.marks("marks.csv", in, problems, known::student, (result, row) -> {
      known.addModule(result.module());
      if (attempts.add(result, row.file() + " " + row.where(), row::problem)) {
        records.addResults(result);
      }
    }));
  }

  private void readAttendance(StudentRecords.Builder records, References known, Problems problems) {
    AttendanceRepeats repeats = new AttendanceRepeats();
    String repeat = "repeats an earlier row (same student, date and attended): one session counted twice";
    array("attendance.json", AttendanceEvent.class, problems, (event, where) -> {
      if (listed(known, event.student(), where, problems)) {
        if (repeats.add(event)) {
          records.addAttendance(event);
        } else {
          where.problem(problems, "", "", repeat);
        }
      }
    });
    open("attendance.csv", problems, in -> CsvRecords.attendance("attendance.csv", in, problems, known::student,
        (event, row) -> {
          if (repeats.add(event)) {
            records.addAttendance(event);
          } else {
            row.problem(repeat);
          }
        }));
  }

  private static boolean listed(References known, StudentId student, JsonRecords.Where where, Problems problems) {
    if (known.student(student).isPresent()) {
      return true;
    }
    where.problem(problems, "student", student.value(), "is not in students.json");
    return false;
  }

  private static boolean listed(References known, StaffId tutor, JsonRecords.Where where, Problems problems) {
    if (known.knows(tutor)) {
      return true;
    }
    where.problem(problems, "tutor", tutor.value(), "is not in staff.json");
    return false;
  }

  private Optional<LocalDate> context(Problems problems) {
    return document("context.json", Context.class, problems).map(Context::asOf);
  }

  private <T> void array(String file, Class<T> type, Problems problems, JsonRecords.Element<T> each) {
    open(file, problems, in -> JsonRecords.array(file, in, type, problems, each));
  }

  private <T> Optional<T> document(String file, Class<T> type, Problems problems) {
    List<T> found = new ArrayList<>(1);
    open(file, problems, in -> JsonRecords.document(file, in, type, problems).ifPresent(found::add));
    return found.stream().findFirst();
  }

  /** Hands the file's bytes to {@code read} if the folder holds it, then closes them. */
  private void open(String file, Problems problems, Consumer<InputStream> read) {
    try {
      Optional<InputStream> in = files.open(file);
      if (in.isPresent()) {
        try (InputStream bytes = in.get()) {
          read.accept(bytes);
        }
      }
    } catch (IOException e) {
      problems.add(file, "", "", "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }
}
