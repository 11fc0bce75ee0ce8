package org.seniortutorkit.examples.cli.desk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.reporting.AttendanceRecord;
import org.seniortutorkit.reporting.ProgressionCount;
import org.seniortutorkit.reporting.YearOutcome;
import org.seniortutorkit.staff.StaffId;
import org.seniortutorkit.student.StudentId;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/** Small, fixed sample inputs for {@code senior-tutor report} when no input file is given. */
public final class SampleReportInputs {
  public static final AcademicYear YEAR = AcademicYear.of(2026);

  private SampleReportInputs() {}

  /** Three tutors with four tutees each; tutor T0043 has met fewer of them. */
  public static List<TutorAssignment> assignments() {
    List<TutorAssignment> assignments = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      assignments.add(TutorAssignment.builder().student(student(i)).tutor(tutor(i % 3)).academicYear(YEAR)
          .origin(AssignmentOrigin.ALLOCATED).madeOn(LocalDate.of(2026, 9, 1)).build());
    }
    return assignments;
  }

  public static List<TutorMeeting> meetings() {
    List<TutorMeeting> meetings = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      int held = i % 3 == 1 ? i % 2 : 2;
      for (int m = 0; m < held; m++) {
        meetings.add(TutorMeeting.builder().id(MeetingId.of("M" + i + "-" + m)).student(student(i)).tutor(tutor(i % 3))
            .heldOn(LocalDate.of(2026, 10, 1 + 7 * m)).kind(MeetingKind.ONE_TO_ONE)
            .requestedBy(MeetingRequester.TUTOR).build());
      }
    }
    return meetings;
  }

  public static List<ProgressionCount> progression() {
    ProgrammeCode f100 = ProgrammeCode.of("F100");
    return List.of(
        ProgressionCount.of(f100, 1, YearOutcome.PROGRESSED, 88),
        ProgressionCount.of(f100, 1, YearOutcome.PROGRESSED_WITH_RESITS, 7),
        ProgressionCount.of(f100, 1, YearOutcome.REPEAT_YEAR, 3),
        ProgressionCount.of(f100, 1, YearOutcome.WITHDRAWN, 2),
        ProgressionCount.of(f100, 2, YearOutcome.PROGRESSED, 91),
        ProgressionCount.of(f100, 2, YearOutcome.INTERRUPTED, 1));
  }

  public static List<AttendanceRecord> attendance() {
    return List.of(
        AttendanceRecord.of(StudentId.of("S4000001"), 96.0),
        AttendanceRecord.of(StudentId.of("S4000002"), 71.5),
        AttendanceRecord.of(StudentId.of("S4000003"), 84.0));
  }

  private static StudentId student(int i) {
    return StudentId.of(String.format("S50000%02d", i));
  }

  private static StaffId tutor(int i) {
    return StaffId.of("T004" + (2 + i));
  }
}
