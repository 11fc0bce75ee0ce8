package org.seniortutorkit.reporting;

import static org.seniortutorkit.reporting.ColumnType.BOOLEAN;
import static org.seniortutorkit.reporting.ColumnType.DECIMAL;
import static org.seniortutorkit.reporting.ColumnType.TEXT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * Attendance of sponsored students (for the sponsor-licence duties), lowest first, each flagged when below the
 * threshold the institution reports on.
 */
public final class SponsoredAttendanceReport {
  private SponsoredAttendanceReport() {}

  public static ReportTable of(Collection<AttendanceRecord> records, double thresholdPercent, LocalDate asOf) {
    if (thresholdPercent < 0 || thresholdPercent > 100) {
      throw InvalidValueException.of("SponsoredAttendanceReport", "thresholdPercent", thresholdPercent,
          "must be between 0 and 100");
    }
    ReportTable.Builder table = ReportTable.builder().name("sponsored-attendance").asOf(asOf)
        .addColumns(ReportColumn.of("student", TEXT), ReportColumn.of("attendance_percent", DECIMAL),
            ReportColumn.of("below_threshold", BOOLEAN));
    records.stream()
        .sorted(Comparator.comparingDouble(AttendanceRecord::attendancePercent)
            .thenComparing(r -> r.student().value()))
        .forEach(r -> table.addRows(List.of(r.student().value(), r.attendancePercent(),
            r.attendancePercent() < thresholdPercent)));
    return table.build();
  }
}
