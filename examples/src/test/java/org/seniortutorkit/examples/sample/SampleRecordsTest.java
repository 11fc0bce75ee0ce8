package org.seniortutorkit.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;

/** The sample records folder is the sample department's own records, as the seeded generator writes them. */
class SampleRecordsTest {
  private final SampleDepartment sample = SampleDepartment.load();
  private final StudentRecords records = SampleFolder.open().read(Optional.empty(), sample.today());

  @Test
  void the_shipped_folder_is_what_the_seeded_generator_produces(@TempDir Path dir) throws IOException {
    SampleFolder.open().copyTo(dir);
    Map<String, String> shipped = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        shipped.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    assertThat(shipped).isEqualTo(new SampleRecordsGenerator(sample).files());
  }

  /** No row of the sample is dropped on the way in: each file's rows are each one record read. */
  @Test
  void every_row_of_the_shipped_folder_is_read(@TempDir Path dir) throws IOException {
    SampleFolder.open().copyTo(dir);
    Map<String, Integer> rows = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        List<String> lines = Files.readAllLines(file);
        rows.put(name, name.endsWith(".csv") ? lines.size() - 1
            : (int) lines.stream().filter(line -> line.startsWith("  {")).count());
      }
    }
    Map<String, Integer> read = new TreeMap<>(Map.of("departments.json", records.departments().size(),
        "students.json", records.students().size(), "staff.json", records.staff().size(),
        "assignments.json", records.assignments().size(), "meetings.json", records.meetings().size(),
        "marks.csv", records.results().size(), "attendance.csv", records.attendance().size(),
        "submissions.json", records.submissions().size(), "claims.json", records.claims().size(),
        "warnings.json", records.warnings().size()));
    read.put("briefings.json", records.briefings().size());
    read.put("panels.json", records.panels().size());
    rows.keySet().removeAll(Set.of("context.json", "calendar.json", "policy-packs.json"));
    assertThat(read).isEqualTo(rows);
    assertThat(records.claims()).hasSize(3);
  }

  @Test
  void the_records_run_to_late_november_of_the_sample_year() {
    assertThat(records.asOf()).isEqualTo(SampleRecordsGenerator.AS_OF);
    assertThat(records.calendar()).contains(sample.calendar());
  }

  @Test
  void the_students_are_the_sample_departments_students() {
    assertThat(records.students()).isEqualTo(sample.students());
  }

  @Test
  void the_staff_are_the_sample_departments_staff_and_panel_members_from_other_departments() {
    Set<StaffId> sampleStaff = ids(sample.staff());
    assertThat(ids(records.staff())).containsAll(sampleStaff);
    assertThat(records.staff()).filteredOn(s -> !sampleStaff.contains(s.id()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.department()).isNotEqualTo(sample.departmentId()));
  }

  @Test
  void this_years_assignments_are_the_allocations_and_two_made_for_returning_students() {
    Allocation allocation = sample.allocate();
    List<TutorAssignment> allocatedAssignments = allocation.tutorAssignments(sample.today());
    Map<StudentId, StaffId> allocated = allocatedAssignments.stream()
        .collect(Collectors.toMap(a -> a.student(), a -> a.tutor()));
    Map<StudentId, Student> students = sample.students().stream()
        .collect(Collectors.toMap(Student::id, s -> s));

    assertThat(allocated).hasSize(allocation.assignments().size());
    assertThat(records.assignments()).filteredOn(a -> allocated.containsKey(a.student()))
        .containsExactlyInAnyOrderElementsOf(allocatedAssignments);
    assertThat(records.assignments()).filteredOn(a -> !allocated.containsKey(a.student()))
        .hasSize(2)
        .allSatisfy(a -> assertThat(students.get(a.student()).isActive()).isFalse());
  }

  @Test
  void every_meeting_is_between_a_tutee_and_their_tutor() {
    Set<String> pairs = records.assignments().stream().map(SampleRecordsTest::pair).collect(Collectors.toSet());

    assertThat(records.meetings()).isNotEmpty()
        .allSatisfy(m -> assertThat(pairs).contains(m.student() + "/" + m.tutor()));
  }

  @Test
  void every_other_record_is_about_a_student_of_the_sample_department() {
    Set<StudentId> students = sample.students().stream().map(Student::id).collect(Collectors.toSet());

    assertThat(records.results()).isNotEmpty().allSatisfy(r -> assertThat(students).contains(r.student()));
    assertThat(records.attendance()).isNotEmpty().allSatisfy(e -> assertThat(students).contains(e.student()));
    assertThat(records.submissions()).isNotEmpty().allSatisfy(s -> assertThat(students).contains(s.student()));
    assertThat(records.claims()).isNotEmpty().allSatisfy(c -> assertThat(students).contains(c.student()));
    assertThat(records.warnings()).isNotEmpty().allSatisfy(w -> assertThat(students).contains(w.student()));
    assertThat(records.panels()).isNotEmpty().allSatisfy(p -> assertThat(students).contains(p.student()));
  }

  private static String pair(TutorAssignment a) {
    return a.student() + "/" + a.tutor();
  }

  private static Set<StaffId> ids(java.util.List<StaffMember> staff) {
    return staff.stream().map(StaffMember::id).collect(Collectors.toSet());
  }
}
