package org.seniortutorkit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.testing.Samples;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;
import org.seniortutorkit.kernel.InvalidValueException;

class ReportsTest {
  private static final AcademicYear YEAR = AcademicYear.of(2026);
  private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
  private static final StaffId ADA = StaffId.of("T0042");
  private static final StaffId ALAN = StaffId.of("T0043");

  private static TutorAssignment assign(String student, StaffId tutor) {
    return TutorAssignment.builder().student(StudentId.of(student)).tutor(tutor).academicYear(YEAR)
        .origin(AssignmentOrigin.ALLOCATED).madeOn(LocalDate.of(2026, 9, 1)).build();
  }

  private static TutorMeeting meeting(String id, String student, StaffId tutor, LocalDate on) {
    return TutorMeeting.builder().id(MeetingId.of(id)).student(StudentId.of(student)).tutor(tutor).heldOn(on)
        .kind(MeetingKind.ONE_TO_ONE).requestedBy(MeetingRequester.TUTOR).build();
  }

  @Test
  void caseload_counts_tutees_meetings_and_the_share_met_as_expected() {
    ReportTable report = CaseloadReport.of(
        List.of(assign("S1", ADA), assign("S2", ADA), assign("S3", ALAN)),
        List.of(meeting("M1", "S1", ADA, LocalDate.of(2026, 10, 1)), meeting("M2", "S1", ADA, LocalDate.of(2026, 11, 1)),
            meeting("M3", "S2", ADA, LocalDate.of(2026, 10, 2)), meeting("M4", "S3", ALAN, LocalDate.of(2027, 1, 5))),
        YEAR, 2, AS_OF);

    assertThat(report.rows()).containsExactly(List.of("T0042", 2, 3, 1L, 50.0), List.of("T0043", 1, 0, 0L, 0.0));
  }

  @Test
  void caseload_needs_at_least_one_expected_meeting() {
    assertThatThrownBy(() -> CaseloadReport.of(List.of(), List.of(), YEAR, 0, AS_OF))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("CaseloadReport.expectedMeetingsPerTutee = 0 must be at least 1");
  }

  @Test
  void open_cases_are_counted_by_kind_and_age_band_and_closed_ones_left_out() {
    Actor tutor = Actor.of("T0042", CaseRole.PERSONAL_TUTOR);
    StudentCase fresh = concern("C-1", AS_OF.minusDays(3));
    StudentCase old = concern("C-2", AS_OF.minusDays(100));
    StudentCase resolved = concern("C-3", AS_OF.minusDays(20))
        .applyOrThrow(CaseCommand.ACKNOWLEDGE, tutor, AS_OF.minusDays(19))
        .applyOrThrow(CaseCommand.RESOLVE, tutor, AS_OF.minusDays(18));

    ReportTable report = OpenCasesReport.of(List.of(fresh, old, resolved), AS_OF);

    assertThat(report.rows()).hasSize(CaseKind.values().length * 4)
        .contains(List.of("CONCERN", "0-7 days", 1L, 3L), List.of("CONCERN", "8-30 days", 0L, 0L),
            List.of("CONCERN", "over 90 days", 1L, 100L), List.of("REFERRAL", "0-7 days", 0L, 0L));
  }

  private static StudentCase concern(String id, LocalDate on) {
    return StudentCase.open(CaseKind.CONCERN, CaseId.of(id), Samples.student(),
        Actor.of("T0042", CaseRole.PERSONAL_TUTOR), on, b -> b.concernSource(ConcernSource.TUTOR));
  }

  @Test
  void progression_adds_counts_and_gives_each_outcomes_share_of_its_cohort() {
    ProgrammeCode f100 = ProgrammeCode.of("F100");
    ReportTable report = ProgressionReport.of(List.of(
        ProgressionCount.of(f100, 1, YearOutcome.PROGRESSED, 80),
        ProgressionCount.of(f100, 1, YearOutcome.REPEAT_YEAR, 15),
        ProgressionCount.of(f100, 1, YearOutcome.PROGRESSED, 10),
        ProgressionCount.of(f100, 1, YearOutcome.WITHDRAWN, 5)), AS_OF);

    assertThat(report.rows()).containsExactly(
        List.of("F100", 1, "PROGRESSED", 90, 81.8),
        List.of("F100", 1, "REPEAT_YEAR", 15, 13.6),
        List.of("F100", 1, "WITHDRAWN", 5, 4.5));
  }

  @Test
  void progression_counts_are_read_from_json_and_bad_ones_refused() {
    ProgressionCount count = SeniorTutorJson.read(
        "{\"programme\":\"F100\",\"yearOfStudy\":2,\"outcome\":\"PROGRESSED\",\"students\":40}", ProgressionCount.class);

    assertThat(count.students()).isEqualTo(40);
    assertThatThrownBy(() -> ProgressionCount.of(ProgrammeCode.of("F100"), 1, YearOutcome.PROGRESSED, -1))
        .hasMessageContaining("ProgressionCount.students = -1 must be greater than or equal to 0");
  }

  @Test
  void sponsored_attendance_lists_lowest_first_and_flags_below_threshold() {
    ReportTable report = SponsoredAttendanceReport.of(List.of(
        AttendanceRecord.of(StudentId.of("S1"), 92.0), AttendanceRecord.of(StudentId.of("S2"), 61.5),
        AttendanceRecord.of(StudentId.of("S3"), 80.0)), 80.0, AS_OF);

    assertThat(report.rows()).containsExactly(
        List.of("S2", 61.5, true), List.of("S3", 80.0, false), List.of("S1", 92.0, false));
  }

  @Test
  void attendance_outside_0_to_100_is_refused() {
    assertThatThrownBy(() -> AttendanceRecord.of(StudentId.of("S1"), 101.0))
        .hasMessageContaining("AttendanceRecord.attendancePercent = 101.0 must be less than or equal to 100.0");
    assertThatThrownBy(() -> SponsoredAttendanceReport.of(List.of(), 120, AS_OF))
        .hasMessage("SponsoredAttendanceReport.thresholdPercent = 120.0 must be between 0 and 100");
  }
}
