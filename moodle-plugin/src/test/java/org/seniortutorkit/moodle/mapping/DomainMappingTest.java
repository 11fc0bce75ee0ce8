package org.seniortutorkit.moodle.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.config.MoodleConfigReader;
import org.seniortutorkit.moodle.records.PulledRecords;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.moodle.records.StudentRecord;
import org.seniortutorkit.moodle.sync.SyncOperation;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

class DomainMappingTest {
  private static final MoodleConfig CONFIG = MoodleConfigReader.parse("""
      {"baseUrl":"https://m.example.ac.uk","token":{"env":"T"},"department":"CHEM","academicYear":2026,
       "tutorRoleId":9,"tutorCohortPattern":"pt-{tutor}",
       "programmes":[{"code":"F100","courses":["CHEM101"]},{"code":"F1MS","level":"POSTGRADUATE_TAUGHT",
       "cohort":"msc"}]}
      """, "moodle.json", Path.of("."));

  private static StudentRecord record(long id, String number, String programme, int year) {
    return new StudentRecord(id, number, "Student " + id, Optional.of("s" + id + "@example.ac.uk"),
        Optional.ofNullable(programme), year == 0 ? OptionalInt.empty() : OptionalInt.of(year),
        Set.of(ComplexNeed.CARE_LEAVER), false, Optional.of(Instant.EPOCH), Set.of("CHEM101"));
  }

  private static TutorAssignment assignment(String student, String tutor, int year) {
    return TutorAssignment.builder().student(StudentId.of(student)).tutor(StaffId.of(tutor))
        .academicYear(AcademicYear.of(year)).origin(AssignmentOrigin.ALLOCATED)
        .madeOn(LocalDate.of(year, 9, 1)).build();
  }

  private static PulledRecords people(List<StudentRecord> students, List<StaffRecord> staff) {
    return new PulledRecords("s", Instant.EPOCH, students, staff, List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  @Test
  void a_second_year_student_entered_the_year_before_and_keeps_their_needs() {
    Mapped<Student> mapped = StudentMapping.students(List.of(record(31, "S1", "F100", 2)), CONFIG);
    Student student = mapped.values().get(0);
    assertThat(student.entryYear()).isEqualTo(AcademicYear.of(2025));
    assertThat(student.level()).isEqualTo(StudyLevel.UNDERGRADUATE);
    assertThat(student.complexNeeds()).containsExactly(ComplexNeed.CARE_LEAVER);
    assertThat(student.status()).isEqualTo(StudentStatus.ACTIVE);
  }

  @Test
  void the_programme_level_comes_from_the_configuration() {
    assertThat(StudentMapping.students(List.of(record(31, "S1", "F1MS", 1)), CONFIG).values().get(0).level())
        .isEqualTo(StudyLevel.POSTGRADUATE_TAUGHT);
  }

  @Test
  void students_without_a_year_or_with_invalid_values_are_problems_named_by_moodle_id() {
    Mapped<Student> mapped = StudentMapping.students(List.of(record(31, "S1", "F100", 0),
        record(32, "has space", "F100", 1)), CONFIG);
    assertThat(mapped.values()).isEmpty();
    assertThat(mapped.problems()).hasSize(2);
    assertThat(mapped.problems().get(0)).startsWith("student 31 has no year of study");
    assertThat(mapped.problems().get(1)).startsWith("student 32: ").doesNotContain("CARE_LEAVER");
  }

  @Test
  void present_and_late_count_as_attended_absent_as_not_and_excused_is_left_out() {
    Instant session = Instant.parse("2026-11-29T23:30:00Z"); // 29 Nov in London (GMT)
    List<org.seniortutorkit.monitoring.AttendanceEvent> events = AttendanceMapping.events(List.of(
        new org.seniortutorkit.moodle.records.AttendanceRecord("S1", 3, 7, session, "P"),
        new org.seniortutorkit.moodle.records.AttendanceRecord("S2", 3, 7, session, "L"),
        new org.seniortutorkit.moodle.records.AttendanceRecord("S3", 3, 7, session, "A"),
        new org.seniortutorkit.moodle.records.AttendanceRecord("S4", 3, 7, session, "E")),
        java.time.ZoneId.of("Europe/London"));
    assertThat(events).extracting(e -> e.student().value() + " " + e.on() + " " + e.attended()).containsExactly(
        "S1 2026-11-29 true", "S2 2026-11-29 true", "S3 2026-11-29 false");
  }

  @Test
  void the_domain_files_read_back_whole_with_one_row_per_student_day_and_outcome(@TempDir Path folder) {
    Instant morning = Instant.parse("2026-11-24T09:00:00Z");
    Instant afternoon = Instant.parse("2026-11-24T14:00:00Z");
    PulledRecords pulled = new PulledRecords("s", Instant.EPOCH, List.of(record(31, "S1", "F100", 1)), List.of(),
        List.of(), List.of(), List.of(), List.of(
            new org.seniortutorkit.moodle.records.AttendanceRecord("S1", 3, 7, morning, "P"),
            new org.seniortutorkit.moodle.records.AttendanceRecord("S1", 4, 8, afternoon, "P"),
            new org.seniortutorkit.moodle.records.AttendanceRecord("S9", 3, 7, morning, "A")), List.of());

    List<String> problems = DomainFiles.write(folder, pulled, CONFIG);

    assertThat(problems).containsExactly("1 attendance marks of students not mapped are left out of attendance.json");
    StudentRecords read = RecordsFolder.at(folder).read(Optional.of(LocalDate.of(2026, 11, 27)),
        LocalDate.of(2026, 11, 27));
    assertThat(read.students()).extracting(s -> s.id().value()).containsExactly("S1");
    assertThat(read.attendance()).extracting(e -> e.student().value() + " " + e.on() + " " + e.attended())
        .containsExactly("S1 2026-11-24 true");
  }

  @Test
  void an_attendance_mark_with_an_invalid_student_number_is_refused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AttendanceMapping.events(List.of(
        new org.seniortutorkit.moodle.records.AttendanceRecord("bad number", 3, 7, Instant.EPOCH, "P")),
        java.time.ZoneId.of("UTC"))).hasMessageContaining("StudentId");
  }

  @Test
  void staff_become_personal_tutors_of_the_department() {
    Mapped<StaffMember> mapped = StaffMapping.staff(List.of(new StaffRecord(5, "T0001", "Dr T",
        Optional.empty(), Set.of("editingteacher"), Set.of("CHEM101"))), CONFIG);
    assertThat(mapped.values().get(0).roles()).containsExactly(StaffRole.PERSONAL_TUTOR);
    assertThat(mapped.values().get(0).department().value()).isEqualTo("CHEM");
  }

  @Test
  void assignments_become_user_context_roles_and_tutor_cohort_memberships() {
    PulledRecords people = people(List.of(record(31, "S1", "F100", 1)),
        List.of(new StaffRecord(5, "T1", "Dr T", Optional.empty(), Set.of(), Set.of())));
    Mapped<SyncOperation> desired = AssignmentMapping.desired(List.of(assignment("S1", "T1", 2026),
        assignment("S1", "T1", 2025)), people, CONFIG, Map.of("pt-T1", 44L));
    assertThat(desired.values()).containsExactly(SyncOperation.assignTutor(9, 5, 31),
        SyncOperation.addToCohort(44, 31));
    assertThat(desired.problems()).isEmpty();
  }

  @Test
  void unknown_people_and_missing_tutor_cohorts_are_reported() {
    PulledRecords people = people(List.of(record(31, "S1", "F100", 1)),
        List.of(new StaffRecord(5, "T1", "Dr T", Optional.empty(), Set.of(), Set.of())));
    Mapped<SyncOperation> desired = AssignmentMapping.desired(List.of(assignment("S9", "T1", 2026),
        assignment("S1", "T1", 2026)), people, CONFIG, Map.of());
    assertThat(desired.problems()).anyMatch(p -> p.contains("S9") && p.contains("student not found"))
        .anyMatch(p -> p.contains("tutor cohort pt-T1 does not exist"));
    assertThat(desired.values()).containsExactly(SyncOperation.assignTutor(9, 5, 31));
  }
}
