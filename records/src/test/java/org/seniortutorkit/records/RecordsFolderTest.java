package org.seniortutorkit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.StudentRecords;

/** What reading a records folder promises: every row read as its header says, or refused by file and line. */
class RecordsFolderTest {
  static final String STUDENT = "{\"id\":\"%s\",\"fullName\":\"Sam\",\"department\":\"CHEM\",\"programme\":\"F100\","
      + "\"level\":\"UNDERGRADUATE\",\"yearOfStudy\":1,\"entryYear\":\"2026/27\",\"complexNeeds\":[%s]}";
  static final String TUTOR = "{\"id\":\"T1\",\"fullName\":\"Dr T\",\"department\":\"CHEM\","
      + "\"roles\":[\"PERSONAL_TUTOR\"],\"fte\":1.0,\"tutoringSince\":\"2018-09-01\",\"qualifiedFor\":[],"
      + "\"researchAreas\":[],\"onLeave\":[],\"training\":{\"cpd\":[],\"briefingsAcknowledged\":[]}}";
  static final String MARKS = "student,module,academicYear,credits,mark\n";
  static final String ATTENDANCE = "student,date,attended\n";

  @TempDir
  Path folder;

  @BeforeEach
  void two_students_and_a_tutor() throws IOException {
    write("students.json", "[\n  " + STUDENT.formatted("S1", "") + ",\n  " + STUDENT.formatted("S2", "") + "\n]\n");
    write("staff.json", "[\n  " + TUTOR + "\n]\n");
  }

  @Test
  void an_optional_column_is_read_by_its_header_name_not_its_position() throws IOException {
    write("marks.csv", "student,module,academicYear,credits,mark,core\nS1,CHEM101,2025/26,20,38,yes\n");
    assertThat(read().results()).singleElement().satisfies(result -> {
      assertThat(result.core()).isTrue();
      assertThat(result.attempt()).isEqualTo(1);
    });
  }

  @Test
  void columns_may_come_in_any_order() throws IOException {
    write("attendance.csv", "attended,student,date\nno,S2,2026-11-02\n");
    assertThat(read().attendance()).singleElement().satisfies(event -> {
      assertThat(event.student().value()).isEqualTo("S2");
      assertThat(event.attended()).isFalse();
    });
  }

  @Test
  void an_unknown_column_is_refused_by_name_before_any_row_is_read() throws IOException {
    write("marks.csv", "student,module,academicYear,credits,mark,attempts\nS1,CHEM101,2025/26,20,38,2\n");
    assertThatThrownBy(this::read).isInstanceOf(RecordsFolderException.class).hasMessage(
        "marks.csv line 1: header column \"attempts\" is not one of "
            + "student,module,academicYear,credits,mark,attempt,core");
  }

  @Test
  void a_missing_required_column_is_refused() throws IOException {
    write("attendance.csv", "student,attended\nS1,yes\n");
    assertThatThrownBy(this::read)
        .hasMessage("attendance.csv line 1: header required column \"date\" is missing");
  }

  @Test
  void a_byte_order_mark_and_crlf_line_ends_are_accepted() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "student,date,attended\r\nS1,2026-11-02,yes\r\nS1,2026-11-03,no\r\n".getBytes(StandardCharsets.UTF_8);
    Files.write(folder.resolve("attendance.csv"), concat(bom, text));
    assertThat(read().attendance()).hasSize(2);
  }

  @Test
  void a_quoted_field_may_hold_a_comma_a_quote_and_a_line_break() throws IOException {
    write("marks.csv", MARKS + "S1,\"CHEM \"\"101\"\",\nFoundations\",2025/26,15,62\n");
    assertThat(read().results()).singleElement().extracting(ModuleResult::module)
        .isEqualTo("CHEM \"101\",\nFoundations");
  }

  @Test
  void a_second_row_for_one_module_attempt_is_refused_naming_where_the_first_is() throws IOException {
    write("marks.csv", MARKS + "S1,CHEM101,2025/26,20,38\nS1,CHEM101,2025/26,20,72\n");
    assertThatThrownBy(this::read).hasMessage("marks.csv line 3: is a second result for S1 CHEM101 2025/26 "
        + "attempt 1 (the first is at marks.csv line 2): give one row per attempt");
  }

  @Test
  void a_result_in_marks_json_and_marks_csv_for_one_attempt_is_refused() throws IOException {
    write("marks.json", "[{\"student\":\"S1\",\"module\":\"CHEM101\",\"academicYear\":\"2025/26\","
        + "\"credits\":20,\"mark\":38}]");
    write("marks.csv", MARKS + "S1,CHEM101,2025/26,20,38\n");
    assertThatThrownBy(this::read).hasMessageContaining("(the first is at marks.json line 1)");
  }

  @Test
  void a_repeated_attendance_row_is_refused_rather_than_counted_twice() throws IOException {
    write("attendance.csv", ATTENDANCE + "S1,2026-11-02,no\nS1,2026-11-02,no\n");
    assertThatThrownBy(this::read).hasMessage("attendance.csv line 3: repeats an earlier row (same student, "
        + "date and attended): one session counted twice");
  }

  @Test
  void rows_about_students_not_in_students_json_are_errors_listed_together_never_dropped() throws IOException {
    write("attendance.csv", ATTENDANCE + "S9,2026-11-02,no\n");
    write("marks.csv", MARKS + "S8,CHEM101,2025/26,20,38\n");
    write("submissions.json", "[\n  {\"student\":\"S7\",\"module\":\"CHEM101\",\"assessment\":\"A1\","
        + "\"dueOn\":\"2026-11-09\"}\n]");
    write("claims.json", "[\n  {\"id\":\"MC-1\",\"student\":\"S6\",\"module\":\"CHEM101\",\"assessment\":\"A1\","
        + "\"assessmentDate\":\"2026-11-09\",\"submittedOn\":\"2026-11-09\",\"kind\":\"EVIDENCED\","
        + "\"evidenceProvided\":true,\"status\":\"PENDING\"}\n]");
    assertThatThrownBy(this::read).isInstanceOfSatisfying(RecordsFolderException.class, e -> {
      assertThat(e.count()).isEqualTo(4);
      assertThat(e.problems()).extracting(RecordsProblem::toString).containsExactly(
          "marks.csv line 2: student S8 is not in students.json",
          "attendance.csv line 2: student S9 is not in students.json",
          "submissions.json line 2: $[0].student = S7 is not in students.json",
          "claims.json line 2: $[0].student = S6 is not in students.json");
    });
  }

  @Test
  void an_assignment_to_a_tutor_not_in_staff_json_is_refused() throws IOException {
    write("assignments.json", "[\n  {\"student\":\"S1\",\"tutor\":\"T9\",\"academicYear\":\"2026/27\","
        + "\"origin\":\"ALLOCATED\",\"madeOn\":\"2026-09-14\"}\n]");
    assertThatThrownBy(this::read)
        .hasMessage("assignments.json line 2: $[0].tutor = T9 is not in staff.json");
  }

  @Test
  void a_claim_about_a_module_with_no_marks_and_no_submissions_is_refused() throws IOException {
    write("claims.json", "[{\"id\":\"MC-1\",\"student\":\"S1\",\"module\":\"CHEM999\",\"assessment\":\"A1\","
        + "\"assessmentDate\":\"2026-11-09\",\"submittedOn\":\"2026-11-09\",\"kind\":\"EVIDENCED\","
        + "\"evidenceProvided\":true,\"status\":\"PENDING\"}]");
    assertThatThrownBy(this::read)
        .hasMessage("claims.json line 1: $[0].module = CHEM999 is a module with no marks and no submissions");
  }

  @Test
  void the_first_fifty_problems_are_listed_with_the_count_of_all() throws IOException {
    StringBuilder rows = new StringBuilder(ATTENDANCE);
    for (int day = 1; day <= 60; day++) {
      rows.append("S9,").append(LocalDate.of(2026, 10, 1).plusDays(day)).append(",yes\n");
    }
    write("attendance.csv", rows.toString());
    assertThatThrownBy(this::read).isInstanceOfSatisfying(RecordsFolderException.class, e -> {
      assertThat(e.count()).isEqualTo(60);
      assertThat(e.problems()).hasSize(50);
      assertThat(e.getMessage()).startsWith(folder + ": 60 problems (the first 50 listed)\n"
          + "  attendance.csv line 2: student S9 is not in students.json\n");
    });
  }

  @Test
  void a_json_key_given_twice_is_refused_with_the_file_and_line() throws IOException {
    write("staff.json", "[\n  " + TUTOR.replace("\"fte\":1.0", "\"fte\":1.0,\"fte\":0.2") + "\n]\n");
    assertThatThrownBy(this::read).hasMessageStartingWith("staff.json line 2: must be well-formed JSON: "
        + "Duplicate field 'fte'");
  }

  @Test
  void a_byte_that_is_not_utf8_names_the_file_line_and_byte_offset() throws IOException {
    byte[] head = (MARKS + "S1,CHEM101,2025/26,20,38\nS1,CHEM1").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = {(byte) 0xE9};
    Files.write(folder.resolve("marks.csv"), concat(head, concat(latin1, "2,2025/26,20,38\n".getBytes(
        StandardCharsets.UTF_8))));
    assertThatThrownBy(this::read).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("marks.csv: line 3, byte offset " + head.length + ": byte 0xE9 is not UTF-8 "
            + "(save the file as UTF-8)");
  }

  @Test
  void a_mark_out_of_range_and_fractional_or_huge_credits_are_refused_where_they_enter() throws IOException {
    write("marks.csv", MARKS + "S1,CHEM101,2025/26,20,101\nS1,CHEM102,2025/26,2.9,50\nS1,CHEM103,2025/26,1e10,50\n");
    assertThatThrownBy(this::read).isInstanceOfSatisfying(RecordsFolderException.class, e ->
        assertThat(e.problems()).extracting(RecordsProblem::toString).containsExactly(
            "marks.csv line 2: mark = \"101\" must be a whole number from 0 to 100",
            "marks.csv line 3: credits = \"2.9\" must be a whole number from 1 to 180",
            "marks.csv line 4: credits = \"1e10\" must be a whole number from 1 to 180"));
  }

  @Test
  void a_fraction_in_a_json_whole_number_is_refused_not_truncated() throws IOException {
    write("marks.json", "[{\"student\":\"S1\",\"module\":\"CHEM101\",\"academicYear\":\"2025/26\","
        + "\"credits\":2.9,\"mark\":38}]");
    assertThatThrownBy(this::read).hasMessageStartingWith("marks.json line 1: $[0].credits");
  }

  @Test
  void an_invalid_complex_need_names_the_entry_and_the_allowed_values_never_the_text() throws IOException {
    write("students.json", "[\n  " + STUDENT.formatted("S1", "") + ",\n  "
        + STUDENT.formatted("S2", "\"Autism spectrum disorder, HIV positive\"") + "\n]\n");
    assertThatThrownBy(this::read)
        .hasMessageStartingWith("students.json line 3: $[1].complexNeeds[0] = (withheld: special category) "
            + "must be a valid ComplexNeed (one of [DISABILITY_SUPPORT_PLAN")
        .hasMessageNotContaining("HIV").hasMessageNotContaining("Autism");
  }

  @Test
  void a_student_listed_twice_is_refused() throws IOException {
    write("students.json", "[" + STUDENT.formatted("S1", "") + ",\n" + STUDENT.formatted("S1", "") + "]");
    assertThatThrownBy(this::read).hasMessage("students.json line 2: $[1].id = S1 is listed twice");
  }

  private StudentRecords read() {
    return RecordsFolder.at(folder).read(Optional.of(LocalDate.of(2026, 11, 27)), LocalDate.of(2026, 11, 27));
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(folder.resolve(file), text);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
