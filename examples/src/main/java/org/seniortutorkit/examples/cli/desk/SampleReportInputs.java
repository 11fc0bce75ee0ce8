package org.seniortutorkit.examples.cli.desk;

import java.util.List;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.reporting.AttendanceRecord;
import org.seniortutorkit.reporting.ProgressionCount;
import org.seniortutorkit.reporting.YearOutcome;
import org.seniortutorkit.kernel.StudentId;

/**
 * Small, fixed inputs for the progression and attendance reports when no input file is given (the caseload
 * report reads the sample department's records instead).
 */
public final class SampleReportInputs {
  private SampleReportInputs() {}

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
}
