package org.seniortutorkit.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * One student's records gathered together, so each rule reads only that student's data. Attendance and
 * meetings are in date order. Built by {@link RecordsIndex}; a derived view, not a stored value.
 */
public record StudentFile(
    Student student,
    List<ModuleResult> results,
    List<AttendanceEvent> attendance,
    List<Submission> submissions,
    List<TutorMeeting> meetings,
    List<MitigatingCircumstancesClaim> claims,
    List<WithdrawalWarning> warnings,
    Optional<AcademicCalendar> calendar) {

  /** A file with only the student, for tests and callers that add records with {@code withX}. */
  public static StudentFile of(Student student) {
    return new StudentFile(student, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty());
  }

  public StudentFile withResults(List<ModuleResult> results) {
    return new StudentFile(student, results, attendance, submissions, meetings, claims, warnings, calendar);
  }

  public StudentFile withAttendance(List<AttendanceEvent> attendance) {
    return new StudentFile(student, results, sortedByDate(attendance), submissions, meetings, claims, warnings,
        calendar);
  }

  public StudentFile withSubmissions(List<Submission> submissions) {
    return new StudentFile(student, results, attendance, submissions, meetings, claims, warnings, calendar);
  }

  public StudentFile withMeetings(List<TutorMeeting> meetings) {
    List<TutorMeeting> sorted = meetings.stream()
        .sorted(java.util.Comparator.comparing(TutorMeeting::heldOn)).toList();
    return new StudentFile(student, results, attendance, submissions, sorted, claims, warnings, calendar);
  }

  public StudentFile withClaims(List<MitigatingCircumstancesClaim> claims) {
    return new StudentFile(student, results, attendance, submissions, meetings, claims, warnings, calendar);
  }

  public StudentFile withWarnings(List<WithdrawalWarning> warnings) {
    return new StudentFile(student, results, attendance, submissions, meetings, claims, warnings, calendar);
  }

  /** The year's calendar, when the records have one: rules that count from the start of teaching read it. */
  public StudentFile withCalendar(AcademicCalendar calendar) {
    return new StudentFile(student, results, attendance, submissions, meetings, claims, warnings,
        Optional.of(calendar));
  }

  /**
   * When teaching began in the academic year of {@code date}: the first term's start if the calendar is for that
   * year, else the academic year's own start.
   */
  public LocalDate teachingBeganBy(LocalDate date) {
    return calendar.filter(c -> c.year().contains(date)).flatMap(c -> c.terms().stream().findFirst())
        .map(Term::startsOn).orElseGet(() -> AcademicYear.startOfYearContaining(date));
  }

  /** The most recent withdrawal-procedure stage issued, if any. */
  public Optional<WithdrawalWarning> latestWarning() {
    return warnings.stream().max(java.util.Comparator.comparing(WithdrawalWarning::issuedOn)
        .thenComparing(WithdrawalWarning::stage));
  }

  /** The student's id: the subject of the findings about this file. */
  public StudentId id() {
    return student.id();
  }

  private static List<AttendanceEvent> sortedByDate(List<AttendanceEvent> events) {
    return events.stream().sorted(java.util.Comparator.comparing(AttendanceEvent::on)).toList();
  }
}
