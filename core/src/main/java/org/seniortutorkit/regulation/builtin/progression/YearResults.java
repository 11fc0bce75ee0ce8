package org.seniortutorkit.regulation.builtin.progression;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.regulation.ModuleResult;

/** The latest attempt at each module of a student's most recent year with results. */
record YearResults(AcademicYear year, List<ModuleResult> latestAttempts) {
  static Optional<YearResults> latest(List<ModuleResult> results) {
    AcademicYear year = null;
    for (ModuleResult result : results) {
      if (year == null || result.academicYear().compareTo(year) > 0) {
        year = result.academicYear();
      }
    }
    if (year == null) {
      return Optional.empty();
    }
    Map<String, ModuleResult> latest = new HashMap<>();
    for (ModuleResult result : results) {
      if (result.academicYear().equals(year)) {
        latest.merge(result.module(), result, (a, b) -> a.attempt() >= b.attempt() ? a : b);
      }
    }
    List<ModuleResult> ordered = new ArrayList<>(latest.values());
    ordered.sort(java.util.Comparator.comparing(ModuleResult::module));
    return Optional.of(new YearResults(year, ordered));
  }
}
