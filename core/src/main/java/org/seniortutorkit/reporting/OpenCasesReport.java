package org.seniortutorkit.reporting;

import static org.seniortutorkit.reporting.ColumnType.INTEGER;
import static org.seniortutorkit.reporting.ColumnType.TEXT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.StudentCase;

/**
 * Open cases by kind and age on a date: one row per kind and age band (every band listed, zeros included, so
 * committees can compare reports), plus the age of the oldest open case of the kind.
 */
public final class OpenCasesReport {
  /** Age bands in days since opening: lower bound inclusive, upper inclusive. */
  enum AgeBand {
    UP_TO_7_DAYS("0-7 days", 0, 7),
    UP_TO_30_DAYS("8-30 days", 8, 30),
    UP_TO_90_DAYS("31-90 days", 31, 90),
    OVER_90_DAYS("over 90 days", 91, Long.MAX_VALUE);

    final String label;
    final long from;
    final long to;

    AgeBand(String label, long from, long to) {
      this.label = label;
      this.from = from;
      this.to = to;
    }

    boolean contains(long days) {
      return days >= from && days <= to;
    }
  }

  private OpenCasesReport() {}

  public static ReportTable of(Collection<StudentCase> cases, LocalDate asOf) {
    ReportTable.Builder table = ReportTable.builder().name("open-cases").asOf(asOf)
        .addColumns(ReportColumn.of("kind", TEXT), ReportColumn.of("age_band", TEXT),
            ReportColumn.of("open_cases", INTEGER), ReportColumn.of("oldest_days", INTEGER));
    List<StudentCase> open = cases.stream().filter(StudentCase::isOpen).filter(c -> !c.openedOn().isAfter(asOf))
        .toList();
    for (CaseKind kind : CaseKind.values()) {
      for (AgeBand band : AgeBand.values()) {
        List<Long> ages = open.stream().filter(c -> c.kind() == kind).map(c -> age(c, asOf))
            .filter(band::contains).toList();
        table.addRows(List.of(kind.name(), band.label, (long) ages.size(),
            ages.stream().mapToLong(Long::longValue).max().orElse(0)));
      }
    }
    return table.build();
  }

  private static long age(StudentCase c, LocalDate asOf) {
    return ChronoUnit.DAYS.between(c.openedOn(), asOf);
  }
}
