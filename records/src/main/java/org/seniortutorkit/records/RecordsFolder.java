package org.seniortutorkit.records;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
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

  /** The records, as of {@code asOf} if given, else the folder's {@code context.json}, else {@code today}. */
  public StudentRecords read(Optional<LocalDate> asOf, LocalDate today) {
    LocalDate date = asOf.or(() -> json("context.json", new TypeReference<Map<String, LocalDate>>() {})
        .map(context -> context.get("asOf"))).orElse(today);
    StudentRecords.Builder records = StudentRecords.builder().asOf(date);
    json("calendar.json", new TypeReference<AcademicCalendar>() {}).ifPresent(records::calendar);
    records.departments(list("departments.json", new TypeReference<List<Department>>() {}));
    records.students(list("students.json", new TypeReference<List<Student>>() {}));
    records.staff(list("staff.json", new TypeReference<List<StaffMember>>() {}));
    records.assignments(list("assignments.json", new TypeReference<List<TutorAssignment>>() {}));
    records.meetings(list("meetings.json", new TypeReference<List<TutorMeeting>>() {}));
    records.addAllResults(list("marks.json", new TypeReference<List<ModuleResult>>() {}));
    text("marks.csv").ifPresent(csv -> records.addAllResults(CsvRecords.marks("marks.csv", csv)));
    records.addAllAttendance(list("attendance.json", new TypeReference<List<AttendanceEvent>>() {}));
    text("attendance.csv")
        .ifPresent(csv -> records.addAllAttendance(CsvRecords.attendance("attendance.csv", csv)));
    records.submissions(list("submissions.json", new TypeReference<List<Submission>>() {}));
    records.claims(list("claims.json", new TypeReference<List<MitigatingCircumstancesClaim>>() {}));
    records.warnings(list("warnings.json", new TypeReference<List<WithdrawalWarning>>() {}));
    records.briefings(list("briefings.json", new TypeReference<List<PolicyBriefing>>() {}));
    records.panels(list("panels.json", new TypeReference<List<PanelProposal>>() {}));
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
    return list("policy-packs.json", new TypeReference<List<PolicyPack>>() {});
  }

  private <T> List<T> list(String file, TypeReference<List<T>> type) {
    return json(file, type).orElse(List.of());
  }

  private <T> Optional<T> json(String file, TypeReference<T> type) {
    return text(file).map(text -> {
      try {
        return SeniorTutorJson.read(text, type);
      } catch (JsonDocumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
      }
    });
  }

  private Optional<String> text(String file) {
    try {
      Optional<InputStream> in = files.open(file);
      if (in.isEmpty()) {
        return Optional.empty();
      }
      try (InputStream bytes = in.get()) {
        return Optional.of(new String(bytes.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + "/" + file + ": cannot be read", e);
    }
  }
}
