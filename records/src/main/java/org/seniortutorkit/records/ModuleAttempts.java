package org.seniortutorkit.records;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.regulation.ModuleResult;

/**
 * One result per attempt at a module (student, module, academic year, attempt), across {@code marks.csv} and
 * {@code marks.json}: a second row for the same attempt is refused, naming where the first is, rather than one
 * of two disagreeing marks silently winning.
 */
final class ModuleAttempts {
  private record Attempt(StudentId student, String module, AcademicYear year, int attempt) {}

  private final Map<Attempt, String> first = new HashMap<>();

  /** Whether {@code result} is the first for its attempt; if not, {@code problem} hears why. */
  boolean add(ModuleResult result, String where, Consumer<String> problem) {
    Attempt attempt = new Attempt(result.student(), result.module(), result.academicYear(), result.attempt());
    String earlier = first.putIfAbsent(attempt, where);
    if (earlier != null) {
      problem.accept("is a second result for " + result.student().value() + " " + result.module() + " "
          + result.academicYear().label() + " attempt " + result.attempt() + " (the first is at " + earlier
          + "): give one row per attempt");
      return false;
    }
    return true;
  }
}
