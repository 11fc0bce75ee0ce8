package org.seniortutorkit.reporting;

import static org.seniortutorkit.reporting.ColumnType.DECIMAL;
import static org.seniortutorkit.reporting.ColumnType.INTEGER;
import static org.seniortutorkit.reporting.ColumnType.TEXT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Progression outcomes per programme and year of study, with each outcome's share of that cohort. Counts for
 * the same programme, year and outcome are added together.
 */
public final class ProgressionReport {
  private ProgressionReport() {}

  public static ReportTable of(Collection<ProgressionCount> counts, LocalDate asOf) {
    Map<String, Integer> cohorts = counts.stream().collect(Collectors.groupingBy(ProgressionReport::cohort,
        Collectors.summingInt(ProgressionCount::students)));
    Map<List<Object>, Integer> merged = counts.stream().collect(Collectors.groupingBy(
        c -> List.of(c.programme().value(), c.yearOfStudy(), c.outcome()), Collectors.summingInt(ProgressionCount::students)));
    ReportTable.Builder table = ReportTable.builder().name("progression-outcomes").asOf(asOf)
        .addColumns(ReportColumn.of("programme", TEXT), ReportColumn.of("year_of_study", INTEGER),
            ReportColumn.of("outcome", TEXT), ReportColumn.of("students", INTEGER),
            ReportColumn.of("percent_of_cohort", DECIMAL));
    merged.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<List<Object>, Integer> e) -> (String) e.getKey().get(0))
            .thenComparing(e -> (Integer) e.getKey().get(1))
            .thenComparing(e -> (YearOutcome) e.getKey().get(2)))
        .forEach(e -> {
          String programme = (String) e.getKey().get(0);
          int year = (Integer) e.getKey().get(1);
          table.addRows(List.of(programme, year, e.getKey().get(2).toString(), e.getValue(),
              Percentages.of(e.getValue(), cohorts.get(programme + "/" + year))));
        });
    return table.build();
  }

  private static String cohort(ProgressionCount c) {
    return c.programme().value() + "/" + c.yearOfStudy();
  }
}
