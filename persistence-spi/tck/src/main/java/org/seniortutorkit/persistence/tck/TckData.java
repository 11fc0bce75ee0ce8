package org.seniortutorkit.persistence.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.audit.AuditAction;
import org.seniortutorkit.audit.AuditEntry;
import org.seniortutorkit.audit.AuditRecord;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.ConcernSource;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.policy.StoredPolicyPack;
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

/**
 * Deterministic sample aggregates, numbered so that large data sets can be generated without holding them.
 * Ids are zero-padded upper-case letters and digits, so id order is the same in every database collation.
 */
public final class TckData {
  public static final AcademicYear YEAR = AcademicYear.of(2026);
  static final String[] DEPARTMENTS = {"CHEM", "MATH", "PHYS", "HIST"};
  static final int TUTORS = 500;

  private TckData() {}

  public static StudentId studentId(int n) {
    return StudentId.of(String.format("S%07d", n));
  }

  public static StaffId tutorId(int n) {
    return StaffId.of(String.format("T%05d", n));
  }

  public static DepartmentId department(int n) {
    return DepartmentId.of(DEPARTMENTS[n % DEPARTMENTS.length]);
  }

  /** Student {@code n}: department cycles over four, level alternates, entry year over three years. */
  public static Student student(int n) {
    StudyLevel level = n % 2 == 0 ? StudyLevel.UNDERGRADUATE : StudyLevel.POSTGRADUATE_TAUGHT;
    Student.Builder student = Student.builder()
        .id(studentId(n))
        .fullName("Student Number " + n)
        .department(department(n))
        .programme(ProgrammeCode.of(level == StudyLevel.UNDERGRADUATE ? "F100" : "F1M1"))
        .level(level)
        .yearOfStudy(1 + n % 3)
        .entryYear(AcademicYear.of(2024 + n % 3));
    if (n % 5 != 0) {
      student.email("student" + n + "@example.ac.uk");
    }
    if (n % 7 == 0) {
      student.addComplexNeeds(ComplexNeed.values()[n % ComplexNeed.values().length]);
    }
    return student.build();
  }

  /** A student with every optional field set, several complex needs and a non-default status. */
  public static Student fullStudent() {
    return student(1).withEmail("éloïse.o'brien@example.ac.uk")
        .withFullName("Éloïse O'Brien-Łukasz 李")
        .withStatus(StudentStatus.INTERRUPTED)
        .withComplexNeeds(ComplexNeed.values());
  }

  public static StaffMember tutor(int n) {
    return StaffMember.builder()
        .id(tutorId(n))
        .fullName("Dr Tutor " + n)
        .department(department(n))
        .addRoles(StaffRole.PERSONAL_TUTOR)
        .fte(n % 2 == 0 ? 1.0 : 0.5)
        .tutoringSince(LocalDate.of(2015 + n % 10, 9, 1))
        .training(TrainingRecord.builder()
            .introductionToPersonalTutoringCompletedOn(LocalDate.of(2015 + n % 10, 9, 20))
            .build())
        .build();
  }

  /** A member of staff with every field set, including a full training record. */
  public static StaffMember fullTutor() {
    return tutor(2).withEmail("ada.lovelace@example.ac.uk")
        .withRoles(StaffRole.PERSONAL_TUTOR, StaffRole.SENIOR_TUTOR_UNDERGRADUATE,
            StaffRole.DEPARTMENTAL_DISABILITIES_OFFICER)
        .withFte(0.7)
        .withQualifiedFor(ComplexNeed.values())
        .withResearchAreas("Analytical engines", "Poetry, science, and \"notes\"")
        .withOnLeave(AcademicYear.of(2027), AcademicYear.of(2029))
        .withTraining(TrainingRecord.builder()
            .introductionToPersonalTutoringCompletedOn(LocalDate.of(2019, 9, 20))
            .addCpd(CpdActivity.of("Mental health first aid", LocalDate.of(2024, 3, 4), 7.5))
            .addCpd(CpdActivity.of("Supporting disabled students", LocalDate.of(2025, 1, 15), 3))
            .addBriefingsAcknowledged(
                BriefingAcknowledgement.of("BRIEF-2025-01", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3)))
            .build());
  }

  public static TutorAssignment assignment(int student, int tutor) {
    return TutorAssignment.builder()
        .student(studentId(student))
        .tutor(tutorId(tutor))
        .academicYear(YEAR)
        .origin(AssignmentOrigin.ALLOCATED)
        .madeOn(LocalDate.of(2026, 9, 1))
        .build();
  }

  public static MeetingId meetingId(int n) {
    return MeetingId.of(String.format("M%08d", n));
  }

  /** Meeting {@code n}: with students and tutors cycling, dates in 2026/27, every tenth with a private note. */
  public static TutorMeeting meeting(int n, int students) {
    TutorMeeting.Builder meeting = TutorMeeting.builder()
        .id(meetingId(n))
        .student(studentId(n % students))
        .tutor(tutorId(n % TUTORS))
        .heldOn(YEAR.startsOn().plusDays(n % 360))
        .kind(MeetingKind.values()[n % MeetingKind.values().length])
        .requestedBy(MeetingRequester.values()[n % MeetingRequester.values().length]);
    if (n % 10 == 0) {
      meeting.privateNote("Discussed health matters; follow-up agreed " + n);
    }
    return meeting.build();
  }

  public static TutorMeeting meeting(int n) {
    return meeting(n, 1000);
  }

  /**
   * Case {@code n}: a mitigating-circumstances claim (even {@code n}, with evidence) or a concern (odd), about
   * student {@code n}, opened in academic year 2025 or 2026; every third has moved on one step.
   */
  public static StudentCase studentCase(int n) {
    LocalDate openedOn = LocalDate.of(2025 + (n / 2) % 2, 10, 1 + n % 28);
    CaseId id = CaseId.of(String.format("C%06d", n));
    boolean claim = n % 2 == 0;
    Actor opener = claim ? SENIOR_TUTOR : PERSONAL_TUTOR;
    StudentCase opened = claim
        ? StudentCase.open(CaseKind.MITIGATING_CIRCUMSTANCES, id, student(n), opener, openedOn,
            b -> b.addAffectedAssessments("CHEM101 exam").evidenceSummary("GP letter about anxiety, case " + n
                + " (é李)"))
        : StudentCase.open(CaseKind.CONCERN, id, student(n), opener, openedOn,
            b -> b.concernSource(ConcernSource.TUTOR).personalTutor(tutorId(n % TUTORS)));
    return n % 3 == 0
        ? opened.applyOrThrow(claim ? CaseCommand.SEND_TO_PANEL : CaseCommand.ACKNOWLEDGE, opener, openedOn.plusDays(1))
        : opened;
  }

  static final Actor SENIOR_TUTOR = Actor.of("T00001", CaseRole.SENIOR_TUTOR);
  static final Actor PERSONAL_TUTOR = Actor.of("T00042", CaseRole.PERSONAL_TUTOR);

  /** A time the store must keep exactly: microsecond precision, the least every adapter keeps. */
  public static Instant at(int n) {
    return Instant.parse("2026-10-01T09:15:30.123456Z").plus(n, ChronoUnit.MINUTES);
  }

  /**
   * Audit entry {@code sequence}, as a store must keep it field for field. The hashes are arbitrary hex, not a
   * real chain: stores keep hashes exactly as given and never compute them.
   */
  public static AuditEntry auditEntry(long sequence) {
    return AuditEntry.builder()
        .sequence(sequence)
        .at(at((int) sequence))
        .record(AuditRecord.builder()
            .actor("T00042")
            .student(studentId((int) (sequence % 4)))
            .action(AuditAction.values()[(int) (sequence % AuditAction.values().length)])
            .subject("student record: PROFILE shown, DISABILITY_DETAILS withheld (é李)")
            .purpose("pastoral support")
            .rule("AR-" + sequence % 11)
            .build())
        .previousHash(sequence == 1 ? AuditEntry.GENESIS : String.format("%064x", sequence - 1))
        .hash(String.format("%064x", sequence))
        .build();
  }

  public static StoredPolicyPack policyPack(String id, String edition, LocalDate from) {
    return StoredPolicyPack.builder()
        .id(id)
        .packVersion(edition)
        .effectiveFrom(from)
        .json("{\"pack\":\"" + id + "\",\"edition\":\"" + edition + "\",\"rules\":[1,2,3]}")
        .build();
  }
}
