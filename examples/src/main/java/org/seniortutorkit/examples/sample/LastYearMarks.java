package org.seniortutorkit.examples.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

/**
 * Returning undergraduates' marks: last year's six 20-credit modules, and the year before's for third- and
 * fourth-years so a drop from one year to the next can be seen. Ordinary students pass everything (their
 * marks are drawn around a personal average and kept at 41 or above), so progression findings come only from
 * the cast: a required withdrawal, a resit and a compensated module.
 */
final class LastYearMarks {
  private static final int MODULES = 6;
  private static final int CREDITS = 20;
  private static final int LOWEST_ORDINARY_MARK = 41;

  private LastYearMarks() {}

  static List<ModuleResult> of(List<Student> students, AcademicYear thisYear, SampleCast cast) {
    Random random = new Random(2029);
    List<ModuleResult> results = new ArrayList<>();
    for (Student student : students) {
      if (!student.isActive() || student.level() != StudyLevel.UNDERGRADUATE || student.yearOfStudy() < 2) {
        continue;
      }
      int average = 48 + random.nextInt(28);
      AcademicYear last = thisYear.previous();
      int lastStage = student.yearOfStudy() - 1;
      boolean finalist = student.equals(cast.failingFinalist());
      if (lastStage >= 2) {
        year(results, student.id(), lastStage - 1, last.previous(),
            finalist ? new int[] {62, 58, 66, 60, 64, 59} : ordinary(random, average));
      }
      if (finalist) {
        // The second module failed at the first attempt and at both reassessments; a fourth is not allowed.
        year(results, student.id(), lastStage, last, new int[] {45, 22, 41, 38, 47, 40});
        results.add(result(student.id(), module(lastStage, 2), last, 31, 2));
        results.add(result(student.id(), module(lastStage, 2), last, 28, 3));
      } else if (student.equals(cast.resitter())) {
        year(results, student.id(), lastStage, last, new int[] {33, 28, 41, 45, 42, 40});
      } else if (student.equals(cast.compensated())) {
        year(results, student.id(), lastStage, last, new int[] {55, 36, 52, 48, 50, 44});
      } else {
        year(results, student.id(), lastStage, last, ordinary(random, average));
      }
    }
    return results;
  }

  private static int[] ordinary(Random random, int average) {
    int[] marks = new int[MODULES];
    for (int m = 0; m < MODULES; m++) {
      marks[m] = Math.max(LOWEST_ORDINARY_MARK, Math.min(92, average + random.nextInt(13) - 6));
    }
    return marks;
  }

  private static void year(List<ModuleResult> results, StudentId student, int stage, AcademicYear year,
      int[] marks) {
    for (int m = 0; m < marks.length; m++) {
      results.add(result(student, module(stage, m + 1), year, marks[m], 1));
    }
  }

  /** Modules are numbered by stage: CHEM201 is the first module of the second year. */
  static String module(int stage, int number) {
    return String.format("CHEM%d%02d", stage, number);
  }

  private static ModuleResult result(StudentId student, String module, AcademicYear year, int mark, int attempt) {
    return ModuleResult.builder().student(student).module(module).academicYear(year).credits(CREDITS).mark(mark)
        .attempt(attempt).build();
  }
}
