package org.seniortutorkit.reporting;

import static org.seniortutorkit.reporting.ColumnType.DECIMAL;
import static org.seniortutorkit.reporting.ColumnType.INTEGER;
import static org.seniortutorkit.reporting.ColumnType.TEXT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * Caseload and meeting compliance per tutor for an academic year: how many tutees, how many meetings with
 * them, and the share of tutees met at least the expected number of times (up to {@code asOf}).
 */
public final class CaseloadReport {
  private CaseloadReport() {}

  public static ReportTable of(Collection<TutorAssignment> assignments, Collection<TutorMeeting> meetings,
      AcademicYear year, int expectedMeetingsPerTutee, LocalDate asOf) {
    if (expectedMeetingsPerTutee < 1) {
      throw InvalidValueException.of("CaseloadReport", "expectedMeetingsPerTutee", expectedMeetingsPerTutee,
          "must be at least 1");
    }
    Map<StaffId, Set<StudentId>> tutees = new TreeMap<>(java.util.Comparator.comparing(StaffId::value));
    assignments.stream().filter(a -> a.academicYear().equals(year))
        .forEach(a -> tutees.computeIfAbsent(a.tutor(), t -> new java.util.TreeSet<>(
            java.util.Comparator.comparing(StudentId::value))).add(a.student()));
    ReportTable.Builder table = ReportTable.builder().name("tutor-caseload").asOf(asOf)
        .addColumns(ReportColumn.of("tutor", TEXT), ReportColumn.of("tutees", INTEGER),
            ReportColumn.of("meetings_held", INTEGER), ReportColumn.of("tutees_met_as_expected", INTEGER),
            ReportColumn.of("compliance_percent", DECIMAL));
    tutees.forEach((tutor, students) -> {
      List<TutorMeeting> held = meetings.stream()
          .filter(m -> m.tutor().equals(tutor) && students.contains(m.student()))
          .filter(m -> year.contains(m.heldOn()) && !m.heldOn().isAfter(asOf))
          .toList();
      Map<StudentId, Long> perTutee = held.stream().collect(Collectors.groupingBy(TutorMeeting::student,
          Collectors.counting()));
      long metEnough = students.stream().filter(s -> perTutee.getOrDefault(s, 0L) >= expectedMeetingsPerTutee).count();
      table.addRows(List.of(tutor.value(), students.size(), held.size(), metEnough,
          Percentages.of(metEnough, students.size())));
    });
    return table.build();
  }
}
