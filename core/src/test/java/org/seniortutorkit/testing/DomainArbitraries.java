package org.seniortutorkit.testing;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.Faculty;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.institution.Institution;
import org.seniortutorkit.kernel.InstitutionId;
import org.seniortutorkit.institution.Programme;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.SeniorTutorAppointment;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.institution.Term;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.training.BriefingAcknowledgement;
import org.seniortutorkit.training.CpdActivity;
import org.seniortutorkit.training.TrainingRecord;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.MeetingKind;
import org.seniortutorkit.tutoring.MeetingRequester;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/** jqwik generators of valid domain values, for properties over the whole model. */
public final class DomainArbitraries {
  private DomainArbitraries() {}

  public static Arbitrary<String> identifiers() {
    return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")
        .ofMinLength(1).ofMaxLength(64);
  }

  public static Arbitrary<String> names() {
    return Arbitraries.strings().alpha().withChars(" '-éøł").ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 15_000).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
  }

  public static Arbitrary<AcademicYear> academicYears() {
    return Arbitraries.integers().between(1990, 2100).map(AcademicYear::of);
  }

  public static Arbitrary<StudentId> studentIds() {
    return identifiers().map(StudentId::of);
  }

  public static Arbitrary<StaffId> staffIds() {
    return identifiers().map(StaffId::of);
  }

  public static Arbitrary<Programme> programmes() {
    return Combinators.combine(identifiers(), names(), Arbitraries.of(StudyLevel.class),
        Arbitraries.integers().between(1, 7))
        .as((code, name, level, years) -> Programme.of(ProgrammeCode.of(code), name, level, years));
  }

  public static Arbitrary<Term> terms() {
    return Combinators.combine(names(), dates(), Arbitraries.integers().between(0, 120))
        .as((name, start, length) -> Term.of(name, start, start.plusDays(length)));
  }

  public static Arbitrary<AcademicCalendar> calendars() {
    return Combinators.combine(academicYears(), Arbitraries.integers().between(1, 3))
        .as((year, count) -> {
          AcademicCalendar.Builder calendar = AcademicCalendar.builder().year(year);
          LocalDate start = year.startsOn().plusWeeks(8);
          for (int i = 0; i < count; i++) {
            calendar.addTerms(Term.of("Term " + (i + 1), start, start.plusWeeks(10)));
            start = start.plusWeeks(14);
          }
          return calendar.build();
        });
  }

  public static Arbitrary<Department> departments() {
    return Combinators.combine(identifiers(), names(), identifiers(), Arbitraries.of(true, false),
        programmes().list().ofMaxSize(4), staffIds(), staffIds(), academicYears())
        .as((id, name, faculty, supportiveOnly, programmes, ug, pg, year) -> Department.builder()
            .id(DepartmentId.of(id)).name(name).faculty(FacultyId.of(faculty))
            .seniorTutorsSupportiveOnly(supportiveOnly).addAllProgrammes(programmes)
            .addSeniorTutorAppointments(SeniorTutorAppointment.of(ug, StudyLevel.UNDERGRADUATE, year))
            .addSeniorTutorAppointments(SeniorTutorAppointment.of(pg, StudyLevel.POSTGRADUATE_TAUGHT, year))
            .build());
  }

  public static Arbitrary<Faculty> faculties() {
    return Combinators.combine(identifiers(), names(), departments().list().ofMaxSize(3))
        .as((id, name, departments) -> Faculty.builder().id(FacultyId.of(id)).name(name)
            .addAllDepartments(departments.stream()
                .map(d -> d.withFaculty(FacultyId.of(id)))
                .collect(java.util.stream.Collectors.toMap(Department::id, d -> d, (a, b) -> a))
                .values())
            .build());
  }

  public static Arbitrary<Institution> institutions() {
    return Combinators.combine(identifiers(), names(), staffIds(), faculties().list().ofMaxSize(2))
        .as((id, name, csso, faculties) -> Institution.builder().id(InstitutionId.of(id)).name(name)
            .chiefStudentServicesOfficer(csso).addAllFaculties(faculties))
        .filter(builder -> {
          try {
            builder.build();
            return true;
          } catch (IllegalArgumentException duplicateDepartments) {
            return false;
          }
        })
        .map(Institution.Builder::build);
  }

  public static Arbitrary<Student> students() {
    return Combinators.combine(studentIds(), names(), identifiers(), identifiers(),
        Arbitraries.of(StudyLevel.class), Arbitraries.integers().between(1, 3), academicYears(),
        Arbitraries.of(StudentStatus.class))
        .as((id, name, department, programme, level, year, entry, status) -> Student.builder()
            .id(id).fullName(name).department(DepartmentId.of(department))
            .programme(ProgrammeCode.of(programme)).level(level).yearOfStudy(year).entryYear(entry)
            .status(status))
        .flatMap(builder -> Arbitraries.subsetOf(ComplexNeed.values())
            .map(needs -> builder.complexNeeds(needs).build()));
  }

  public static Arbitrary<TrainingRecord> trainingRecords() {
    Arbitrary<CpdActivity> cpd = Combinators.combine(names(), dates(), Arbitraries.doubles().between(0.5, 200)
        .ofScale(1)).as(CpdActivity::of);
    Arbitrary<BriefingAcknowledgement> briefings = Combinators.combine(identifiers(), dates(),
        Arbitraries.integers().between(0, 90))
        .as((id, published, days) -> BriefingAcknowledgement.of(id, published, published.plusDays(days)));
    return Combinators.combine(dates().optional(), cpd.list().ofMaxSize(3), briefings.list().ofMaxSize(3))
        .as((workshop, activities, acknowledged) -> TrainingRecord.builder()
            .introductionToPersonalTutoringCompletedOn(workshop).addAllCpd(activities)
            .addAllBriefingsAcknowledged(acknowledged).build());
  }

  public static Arbitrary<StaffMember> staffMembers() {
    return Combinators.combine(staffIds(), names(), identifiers(), Arbitraries.subsetOf(StaffRole.values()),
        Arbitraries.integers().between(1, 10), dates().optional(), Arbitraries.subsetOf(ComplexNeed.values()),
        trainingRecords())
        .as((id, name, department, roles, fteTenths, since, qualified, training) -> StaffMember.builder()
            .id(id).fullName(name).department(DepartmentId.of(department)).roles(roles).fte(fteTenths / 10.0)
            .tutoringSince(since).qualifiedFor(qualified).training(training).build());
  }

  public static Arbitrary<TutorAssignment> assignments() {
    return Combinators.combine(studentIds(), staffIds(), academicYears(), Arbitraries.of(AssignmentOrigin.class),
        Arbitraries.integers().between(0, 364))
        .as((student, tutor, year, origin, day) -> TutorAssignment.builder().student(student).tutor(tutor)
            .academicYear(year).origin(origin).madeOn(year.startsOn().plusDays(day)).build());
  }

  public static Arbitrary<TutorMeeting> meetings() {
    return Combinators.combine(identifiers(), studentIds(), staffIds(), dates(), Arbitraries.of(MeetingKind.class),
        Arbitraries.of(MeetingRequester.class), Arbitraries.strings().ofMaxLength(200).optional())
        .as((id, student, tutor, on, kind, requester, note) -> TutorMeeting.builder().id(MeetingId.of(id))
            .student(student).tutor(tutor).heldOn(on).kind(kind).requestedBy(requester).privateNote(note).build());
  }
}
