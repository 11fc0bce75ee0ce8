package org.seniortutorkit.examples.cli.allocation;

import static org.seniortutorkit.examples.cli.allocation.AllocationFiles.cell;
import static org.seniortutorkit.examples.cli.allocation.AllocationFiles.listCell;
import static org.seniortutorkit.examples.cli.allocation.AllocationFiles.optionalCell;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seniortutorkit.allocation.StudentToPlace;
import org.seniortutorkit.allocation.TutorCandidate;
import org.seniortutorkit.allocation.TutorStudentPair;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;

/** One CSV row to one allocation input; the columns are documented in {@code docs/allocation.md}. */
final class CsvRows {
  /** More than any department gives one tutor; far below what would exhaust the solver's memory. */
  private static final int MAX_TUTEES = 1000;

  private CsvRows() {}

  static StudentToPlace student(Map<String, String> row) {
    StudentToPlace.Builder student = StudentToPlace.builder()
        .id(StudentId.of(cell(row, "id")))
        .department(DepartmentId.of(cell(row, "department")))
        .level(enumValue(StudyLevel.class, cell(row, "level"), "level"))
        .programme(cell(row, "programme"));
    String area = optionalCell(row, "researchArea");
    if (!area.isEmpty()) {
      student.researchArea(area);
    }
    List<String> needs = listCell(row, "complexNeeds");
    for (int i = 0; i < needs.size(); i++) {
      student.addComplexNeeds(complexNeed(needs.get(i), "complexNeeds", i + 1));
    }
    String previous = optionalCell(row, "previousTutor");
    if (!previous.isEmpty()) {
      student.previousTutor(StaffId.of(previous));
    }
    listCell(row, "preferredTutors").forEach(t -> student.addPreferredTutors(StaffId.of(t)));
    return student.build();
  }

  static TutorCandidate tutor(Map<String, String> row) {
    TutorCandidate.Builder tutor = TutorCandidate.builder()
        .id(StaffId.of(cell(row, "id")))
        .department(DepartmentId.of(cell(row, "department")))
        .fte(number(cell(row, "fte"), "fte"))
        .maxTutees(whole(cell(row, "maxTutees"), "maxTutees", MAX_TUTEES))
        .experienceYears(whole(optionalCell(row, "experienceYears").isEmpty() ? "0"
            : optionalCell(row, "experienceYears"), "experienceYears", 80));
    String workshop = optionalCell(row, "workshopCompletedOn");
    if (!workshop.isEmpty()) {
      tutor.workshopCompletedOn(date(workshop, "workshopCompletedOn"));
    }
    listCell(row, "alsoTutorsFor").forEach(d -> tutor.addAlsoTutorsFor(DepartmentId.of(d)));
    listCell(row, "onLeaveIn").forEach(y -> tutor.addOnLeaveIn(AcademicYear.parse(y)));
    List<String> trained = listCell(row, "trainedFor");
    for (int i = 0; i < trained.size(); i++) {
      tutor.addTrainedFor(complexNeed(trained.get(i), "trainedFor", i + 1));
    }
    listCell(row, "programmes").forEach(tutor::addProgrammes);
    listCell(row, "researchAreas").forEach(tutor::addResearchAreas);
    listCell(row, "preferredTutees").forEach(s -> tutor.addPreferredTutees(StudentId.of(s)));
    return tutor.build();
  }

  static TutorStudentPair pair(Map<String, String> row) {
    return TutorStudentPair.of(StudentId.of(cell(row, "student")), StaffId.of(cell(row, "tutor")));
  }

  static LocalDate date(String text, String column) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(column + " = \"" + text + "\" must be a date like 2026-09-01", e);
    }
  }

  /**
   * A whole number from 0 to {@code max}: {@code 2.9} is refused rather than truncated to 2, and {@code 1e10}
   * rather than becoming Integer.MAX_VALUE places for the solver to build.
   */
  private static int whole(String text, String column, int max) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the rule.
    }
    throw new IllegalArgumentException(column + " = \"" + text + "\" must be a whole number from 0 to " + max);
  }

  /** A complex need is special-category data and so may be a text that names a condition: never repeat it. */
  private static ComplexNeed complexNeed(String text, String column, int entry) {
    try {
      return Enum.valueOf(ComplexNeed.class, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(column + " (entry " + entry + ", withheld: special category) must be one of "
          + java.util.Arrays.toString(ComplexNeed.values()));
    }
  }

  private static double number(String text, String column) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " = \"" + text + "\" must be a number", e);
    }
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(column + " = \"" + text + "\" must be one of "
          + java.util.Arrays.toString(type.getEnumConstants()), e);
    }
  }
}
