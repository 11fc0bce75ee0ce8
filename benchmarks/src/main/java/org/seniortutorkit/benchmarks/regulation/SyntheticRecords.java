package org.seniortutorkit.benchmarks.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.monitoring.AttendanceEvent;
import org.seniortutorkit.regulation.ClaimKind;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.Submission;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * A reproducible institution's records for the sweep benchmark: students in 20 departments (4 faculties),
 * each with {@code resultsPerStudent} module results over four years and {@code attendancePerStudent}
 * registered sessions in the ten weeks to the check date, plus a tutor meeting, a submission and, for some,
 * a claim.
 */
final class SyntheticRecords {
  static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);
  private static final int DEPARTMENTS = 20;
  private static final int TUTEES_PER_TUTOR = 12;
  private static final int MODULES_PER_YEAR = 10;

  private SyntheticRecords() {}

  static StudentRecords generate(int students, int resultsPerStudent, int attendancePerStudent, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StudentRecords.Builder records = StudentRecords.builder().asOf(AS_OF).calendar(calendar());
    List<DepartmentId> departments = new ArrayList<>();
    for (int d = 0; d < DEPARTMENTS; d++) {
      DepartmentId id = DepartmentId.of("D" + d);
      departments.add(id);
      records.addDepartments(Department.builder().id(id).name("Department " + d).faculty(FacultyId.of("F" + d % 4))
          .addSeniorTutorAppointments(SeniorTutorAppointment.of(StaffId.of("ST" + d), StudyLevel.UNDERGRADUATE,
              AcademicYear.of(2026)))
          .build());
    }
    LocalDate[] days = new LocalDate[70];
    for (int i = 0; i < days.length; i++) {
      days[i] = AS_OF.minusDays(days.length - 1 - i);
    }
    List<AttendanceEvent> attendance = new ArrayList<>(students * attendancePerStudent);
    List<ModuleResult> results = new ArrayList<>(students * resultsPerStudent);
    StaffMember tutor = null;
    for (int s = 0; s < students; s++) {
      DepartmentId department = departments.get(s % DEPARTMENTS);
      StudentId id = StudentId.of("S" + s);
      records.addStudents(Student.builder().id(id).fullName("Student " + s).department(department)
          .programme(ProgrammeCode.of("P" + s % DEPARTMENTS)).level(StudyLevel.UNDERGRADUATE)
          .yearOfStudy(1 + s % 4).entryYear(AcademicYear.of(2023)).build());
      if (s % TUTEES_PER_TUTOR == 0) {
        tutor = tutor(s / TUTEES_PER_TUTOR, department);
        records.addStaff(tutor);
      }
      records.addAssignments(TutorAssignment.builder().student(id).tutor(tutor.id())
          .academicYear(AcademicYear.of(2026)).origin(AssignmentOrigin.ALLOCATED)
          .madeOn(LocalDate.of(2026, 9, 1)).build());
      records.addMeetings(TutorMeeting.builder().id(MeetingId.of("M" + s)).student(id).tutor(tutor.id())
          .heldOn(AS_OF.minusDays(random.nextInt(120))).kind(MeetingKind.ONE_TO_ONE)
          .requestedBy(MeetingRequester.TUTOR).build());
      double ability = 45 + random.nextDouble() * 35;
      for (int r = 0; r < resultsPerStudent; r++) {
        int mark = (int) Math.max(0, Math.min(100, ability + random.nextGaussian() * 12));
        results.add(ModuleResult.builder().student(id).module("M" + r % MODULES_PER_YEAR + "-" + r / MODULES_PER_YEAR)
            .academicYear(AcademicYear.of(2026 - r / MODULES_PER_YEAR)).credits(12).mark(mark).build());
      }
      double attendanceRate = random.nextDouble() < 0.8 ? 0.9 : random.nextDouble() < 0.75 ? 0.6 : 0.3;
      for (int a = 0; a < attendancePerStudent; a++) {
        attendance.add(AttendanceEvent.of(id, days[a * days.length / attendancePerStudent],
            random.nextDouble() < attendanceRate));
      }
      LocalDate due = AS_OF.minusDays(1 + random.nextInt(40));
      boolean submitted = random.nextDouble() < 0.9;
      Submission.Builder submission = Submission.builder().student(id).module("M0-0").assessment("CW1").dueOn(due);
      if (submitted) {
        submission.submittedOn(due.plusDays(random.nextInt(8) < 6 ? 0 : random.nextInt(10))).mark(ability > 60 ? 65 : 45);
      }
      records.addSubmissions(submission.build());
      if (s % 50 == 0) {
        records.addClaims(MitigatingCircumstancesClaim.builder().id("C" + s).student(id).module("M0-0")
            .assessment("CW1").assessmentDate(due).submittedOn(due.plusDays(random.nextInt(12)))
            .kind(ClaimKind.EVIDENCED).evidenceProvided(random.nextBoolean()).build());
      }
    }
    return records.results(results).attendance(attendance).build();
  }

  private static StaffMember tutor(int n, DepartmentId department) {
    return StaffMember.builder().id(StaffId.of("T" + n)).fullName("Tutor " + n).department(department)
        .addRoles(StaffRole.PERSONAL_TUTOR).training(TrainingRecord.builder()
            .introductionToPersonalTutoringCompletedOn(LocalDate.of(2020 + n % 7, 9, 1)).build())
        .build();
  }

  private static AcademicCalendar calendar() {
    return AcademicCalendar.builder().year(AcademicYear.of(2026))
        .addTerms(Term.of("Autumn", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11)))
        .addTerms(Term.of("Spring", LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 26)))
        .addTerms(Term.of("Summer", LocalDate.of(2027, 4, 26), LocalDate.of(2027, 6, 11)))
        .build();
  }
}
