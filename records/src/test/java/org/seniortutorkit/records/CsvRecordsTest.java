package org.seniortutorkit.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.kernel.StudentId;

class CsvRecordsTest {
  @Test
  void reads_attendance_with_any_of_the_accepted_booleans() {
    List<AttendanceEvent> events = CsvRecords.attendance("attendance.csv",
        "student,date,attended\nS1,2026-11-02,yes\nS1,2026-11-03,0\n");
    assertThat(events).containsExactly(
        AttendanceEvent.of(StudentId.of("S1"), LocalDate.of(2026, 11, 2), true),
        AttendanceEvent.of(StudentId.of("S1"), LocalDate.of(2026, 11, 3), false));
  }

  @Test
  void a_quoted_field_may_hold_a_comma() {
    List<ModuleResult> marks = CsvRecords.marks("marks.csv",
        "student,module,academicYear,credits,mark\nS1,\"CHEM101, Foundations\",2025/26,15,62\n");
    assertThat(marks).singleElement().extracting(ModuleResult::module).isEqualTo("CHEM101, Foundations");
  }

  @Test
  void a_mark_may_say_its_module_is_core_and_is_not_otherwise() {
    List<ModuleResult> marks = CsvRecords.marks("marks.csv", "student,module,academicYear,credits,mark,attempt,core\n"
        + "S1,CHEM101,2025/26,20,38,1,yes\nS1,CHEM102,2025/26,20,38,1,no\nS1,CHEM103,2025/26,20,38,1\n");
    assertThat(marks).extracting(ModuleResult::core).containsExactly(true, false, false);
  }

  @Test
  void errors_name_the_files_own_line_across_blank_lines_and_crlf() {
    String text = "student,date,attended\r\nS1,2026-11-02,yes\r\n\r\nS1,2026-11-04,maybe\r\n";
    assertThatThrownBy(() -> CsvRecords.attendance("attendance.csv", text))
        .hasMessage("attendance.csv line 4: attended = \"maybe\" must be true or false");
  }

  @Test
  void a_short_row_is_refused_with_the_columns_it_needs() {
    assertThatThrownBy(() -> CsvRecords.attendance("attendance.csv", "student,date,attended\nS1,2026-11-02\n"))
        .hasMessage("attendance.csv line 2: has 2 fields, the header has 3 (student,date,attended)");
  }

  @Test
  void a_wrong_header_and_an_empty_file_are_refused() {
    assertThatThrownBy(() -> CsvRecords.attendance("a.csv", "id,date,attended\n"))
        .hasMessage("a.csv: 2 problems\n  a.csv line 1: header column \"id\" is not one of student,date,attended"
            + "\n  a.csv line 1: header required column \"student\" is missing");
    assertThatThrownBy(() -> CsvRecords.attendance("a.csv", ""))
        .hasMessage("a.csv: is empty; the first line must be the header student,date,attended");
  }
}
