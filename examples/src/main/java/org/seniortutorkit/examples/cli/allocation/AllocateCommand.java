package org.seniortutorkit.examples.cli.allocation;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationPolicy;
import org.seniortutorkit.allocation.AllocationRequest;
import org.seniortutorkit.allocation.HardRule;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.allocation.StudentToPlace;
import org.seniortutorkit.allocation.TuteeAllocation;
import org.seniortutorkit.allocation.TutorCandidate;
import org.seniortutorkit.allocation.TutorStudentPair;
import org.seniortutorkit.examples.cli.ExitCodes;
import org.seniortutorkit.examples.cli.output.OwnerOnlyFile;
import org.seniortutorkit.examples.cli.progress.ProgressBar;
import org.seniortutorkit.examples.cli.table.TerminalWidth;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code senior-tutor allocate}: allocates Personal Tutors from CSV or JSON files, writes the allocation with its
 * explanations as CSV and JSON, and prints a summary. Exits 1 when some students could not be placed.
 */
@Command(
    name = "allocate",
    mixinStandardHelpOptions = true,
    description = "Allocates a Personal Tutor to every student (exact minimum cost); explains every assignment.")
public final class AllocateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--students", required = true, description = "Students to place (.csv or .json).")
  Path students;

  @Option(names = "--tutors", required = true, description = "Tutor candidates (.csv or .json).")
  Path tutors;

  @Option(names = "--previous", description = "Last year's assignments, student,tutor (.csv or .json).")
  Path previous;

  @Option(names = "--current", description = "This year's assignments, to re-allocate with fewest moves.")
  Path current;

  @Option(names = "--pinned", description = "Assignments pinned by the Senior Tutor, student,tutor.")
  Path pinned;

  @Option(names = "--conflicts", description = "Declared conflicts of interest, student,tutor.")
  Path conflicts;

  @Option(names = "--policy", description = "Allocation policy (.json); defaults apply to what it omits.")
  Path policy;

  @Option(names = "--no-progress", description = "Do not draw a progress bar on stderr.")
  boolean noProgress;

  @Option(names = "--year", required = true, description = "Academic year, e.g. 2026/27.")
  String year;

  @Option(names = "--date", description = "Allocation date (default: the first day of the year, 1 August).")
  String date;

  @Option(names = "--out", defaultValue = "allocation", description = "Output prefix: writes PREFIX.csv and "
      + "PREFIX.json (default: ${DEFAULT-VALUE}).")
  String out;

  @Override
  public Integer call() throws Exception {
    AllocationRequest request = request();
    Allocation allocation = PersonalTutorAllocator.allocate(request,
        noProgress ? ProgressListener.none() : new ProgressBar(spec.commandLine().getErr()));
    Path csv = Path.of(out + ".csv");
    Path json = Path.of(out + ".json");
    writeCsv(csv, allocation);
    AllocationFiles.writeJson(json, allocation);
    PrintWriter printed = spec.commandLine().getOut();
    new AllocationSummary(printed, TerminalWidth.of(spec)).print(allocation);
    printed.println("Wrote " + csv + " and " + json);
    printed.flush();
    return allocation.isComplete() ? ExitCodes.OK : ExitCodes.FINDINGS;
  }

  private AllocationRequest request() {
    AcademicYear academicYear = AcademicYear.parse(year);
    List<StudentToPlace> studentList = AllocationFiles.read(students, StudentToPlace.class, CsvRows::student);
    if (previous != null) {
      studentList = withPreviousTutors(studentList, pairs(previous));
    }
    AllocationRequest.Builder request = AllocationRequest.builder()
        .year(academicYear)
        .allocationDate(date == null ? academicYear.startsOn() : CsvRows.date(date, "--date"))
        .students(studentList)
        .tutors(AllocationFiles.read(tutors, TutorCandidate.class, CsvRows::tutor));
    if (current != null) {
      request.currentAssignments(pairs(current));
    }
    if (pinned != null) {
      request.pinned(pairs(pinned));
    }
    if (conflicts != null) {
      request.conflictsOfInterest(pairs(conflicts));
    }
    if (policy != null) {
      request.policy(AllocationFiles.readPolicy(policy));
    } else {
      request.policy(AllocationPolicy.builder().build());
    }
    return request.build();
  }

  private static List<TutorStudentPair> pairs(Path file) {
    return AllocationFiles.read(file, TutorStudentPair.class, CsvRows::pair);
  }

  private static List<StudentToPlace> withPreviousTutors(List<StudentToPlace> students, List<TutorStudentPair> last) {
    Map<StudentId, StaffId> previousTutor = new HashMap<>();
    last.forEach(p -> previousTutor.put(p.student(), p.tutor()));
    List<StudentToPlace> updated = new ArrayList<>(students.size());
    for (StudentToPlace student : students) {
      StaffId tutor = previousTutor.get(student.id());
      updated.add(tutor == null ? student : student.withPreviousTutor(tutor));
    }
    return updated;
  }

  /** One row per student: placed ones with tutor, cost, rules and explanation; unplaced ones with the reason. */
  static void writeCsv(Path file, Allocation allocation) throws java.io.IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TuteeAllocation a : allocation.assignments()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("student", a.student().value());
      row.put("tutor", a.tutor().value());
      row.put("pinned", a.pinned());
      row.put("cost", a.explanation().cost());
      row.put("rules", a.explanation().rulesSatisfied().stream().map(HardRule::name).collect(Collectors.joining(";")));
      row.put("explanation", a.explanation().summary());
      rows.add(row);
    }
    allocation.unplaced().forEach(u -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("student", u.student().value());
      row.put("tutor", "");
      row.put("pinned", false);
      row.put("cost", "");
      row.put("rules", u.limitingRules().stream().map(HardRule::name).collect(Collectors.joining(";")));
      row.put("explanation", "UNPLACED: " + u.reason());
      rows.add(row);
    });
    CsvSchema schema = CsvSchema.builder().addColumn("student").addColumn("tutor").addColumn("pinned")
        .addColumn("cost").addColumn("rules").addColumn("explanation").build().withHeader();
    try (var stream = OwnerOnlyFile.newOutputStream(file)) {
      new CsvMapper().writer(schema).writeValue(stream, rows);
    }
  }
}
