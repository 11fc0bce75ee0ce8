package org.seniortutorkit.examples.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.records.RecordsFiles;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.policy.PolicyLayer;
import org.seniortutorkit.policy.PolicyPack;
import org.seniortutorkit.regulation.PolicyBriefing;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.regulation.panels.PanelKind;
import org.seniortutorkit.regulation.panels.PanelMember;
import org.seniortutorkit.regulation.panels.PanelProposal;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.training.BriefingAcknowledgement;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * Generates the sample department's records for this year as of late November, from the sample department
 * and its allocation and a fixed seed, so the shipped records folder can be regenerated and reviewed:
 * {@code java -cp examples/target/senior-tutor-kit.jar org.seniortutorkit.examples.sample.SampleRecordsGenerator
 * examples/src/main/resources/org/seniortutorkit/examples/cli/check/sample-records}.
 *
 * <p>Same students, same staff, the same year's assignments: the records folder that {@code check --sample},
 * the demo, the dashboard and the day at the desk read is the sample department half a term on.
 */
public final class SampleRecordsGenerator {
  /** The day the records run to: a Friday late in the autumn term. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
  static final PolicyBriefing BRIEFING = PolicyBriefing.of("B-2026-10",
      "Changes to the Mitigating Circumstances Policy for 2026/27", LocalDate.of(2026, 10, 1));
  /** Two of the three new colleagues did the workshop in October; the third is booked for December. */
  static final LocalDate OCTOBER_WORKSHOP = LocalDate.of(2026, 10, 14);
  /** Tutors assigned to returning students ahead of their return, before that tutor's workshop. */
  static final LocalDate RETURNERS_ASSIGNED = LocalDate.of(2026, 10, 5);

  private final SampleDepartment sample;

  public SampleRecordsGenerator(SampleDepartment sample) {
    this.sample = sample;
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "sample-records");
    Files.createDirectories(folder);
    for (Map.Entry<String, String> file : new SampleRecordsGenerator(SampleDepartment.load()).files().entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    System.out.println("wrote " + folder);
  }

  /** The records folder's files, by name. */
  public SortedMap<String, String> files() {
    return RecordsFiles.of(records(), policyPacks());
  }

  public StudentRecords records() {
    Allocation allocation = sample.allocate();
    Map<StudentId, Student> students = sample.students().stream()
        .collect(Collectors.toMap(Student::id, Function.identity()));
    Set<StudentId> placed = new HashSet<>();
    allocation.assignments().forEach(a -> placed.add(a.student()));
    SampleCast cast = SampleCast.of(sample, placed);
    List<StaffMember> staff = staff();
    List<TutorAssignment> assignments = assignments(allocation, cast, staff);
    List<StaffId> behind = TermMeetings.tutorsBehind(assignments, students);
    AcademicYear year = sample.calendar().year();
    return StudentRecords.builder()
        .asOf(AS_OF)
        .calendar(sample.calendar())
        .departments(sample.institution().faculties().stream().flatMap(f -> f.departments().stream()).toList())
        .students(sample.students())
        .staff(staff)
        .assignments(assignments)
        .meetings(TermMeetings.of(assignments, students, Set.copyOf(behind)))
        .results(LastYearMarks.of(sample.students(), year, cast))
        .attendance(TermAttendance.of(sample.students(), placed, cast))
        .submissions(TermCoursework.submissions(cast))
        .claims(TermCoursework.claims(cast))
        .warnings(TermCoursework.warnings(cast))
        .addBriefings(BRIEFING)
        .addPanels(panel(cast.panelStudent()))
        .build();
  }

  /**
   * The department's own pack (its tutors take up to {@value SampleDepartmentDef#FULL_TIME_MAX_TUTEES} tutees,
   * as the allocation assumed) and the School of Medicine's (supportive-only Senior Tutors, stricter attendance).
   */
  public List<PolicyPack> policyPacks() {
    return List.of(
        PolicyPack.builder().id("chemistry").version("2026.1").layer(PolicyLayer.DEPARTMENT)
            .appliesTo(sample.departmentId().value()).effectiveFrom(LocalDate.of(2026, 8, 1))
            .description("Department of Chemistry: a full-time Personal Tutor takes up to "
                + SampleDepartmentDef.FULL_TIME_MAX_TUTEES + " tutees.")
            .putSettings("tutoring.maxTuteesPerFullTimeTutor", SampleDepartmentDef.FULL_TIME_MAX_TUTEES)
            .build(),
        PolicyPack.builder().id("medicine").version("2026.1").layer(PolicyLayer.DEPARTMENT).appliesTo("MED")
            .effectiveFrom(LocalDate.of(2026, 8, 1))
            .description("School of Medicine: Senior Tutors are supportive only; stricter attendance for"
                + " clinical placements.")
            .putSettings("department.seniorTutorsSupportiveOnly", true)
            .putSettings("monitoring.attendance.thresholdPercent", 80)
            .putCitations("PANEL-SUPPORTIVE-ONLY", "School of Medicine Student Support Policy §2.1 (illustrative)")
            .build());
  }

  /** This year's assignments as allocated, and two made in October for students returning from interruption. */
  private List<TutorAssignment> assignments(Allocation allocation, SampleCast cast, List<StaffMember> staff) {
    List<TutorAssignment> assignments = new ArrayList<>(allocation.tutorAssignments(sample.today()));
    StaffId newColleague = newStarters(staff).get(1).id();
    cast.returning().forEach(s -> assignments.add(TutorAssignment.builder().student(s.id()).tutor(newColleague)
        .academicYear(allocation.year()).origin(AssignmentOrigin.ALLOCATED).madeOn(RETURNERS_ASSIGNED).build()));
    return assignments;
  }

  /**
   * The department's staff as the records know them in November: the new colleagues' workshop done (but one),
   * the October briefing acknowledged (one tutor late, one not at all); and, from other departments, the
   * members proposed for a disciplinary panel.
   */
  private List<StaffMember> staff() {
    Random random = new Random(2032);
    List<StaffMember> tutors = sample.staff().stream().filter(s -> s.holds(StaffRole.PERSONAL_TUTOR)).toList();
    StaffId late = tutors.get(random.nextInt(tutors.size())).id();
    StaffId silent = tutors.get(random.nextInt(tutors.size())).id();
    List<StaffId> trained = newStarters(sample.staff()).stream().skip(1).map(StaffMember::id).toList();
    List<StaffMember> staff = new ArrayList<>();
    for (StaffMember member : sample.staff()) {
      if (!member.holds(StaffRole.PERSONAL_TUTOR)) {
        staff.add(member);
        continue;
      }
      var training = member.training();
      if (trained.contains(member.id())) {
        training = training.withIntroductionToPersonalTutoringCompletedOn(OCTOBER_WORKSHOP);
      }
      if (!member.id().equals(silent)) {
        LocalDate on = BRIEFING.publishedOn().plusDays(member.id().equals(late) ? 21 : 1 + random.nextInt(10));
        training = training.withBriefingsAcknowledged(
            BriefingAcknowledgement.of(BRIEFING.id(), BRIEFING.publishedOn(), on));
      }
      staff.add(member.withTraining(training));
    }
    staff.addAll(panelMembers());
    return staff;
  }

  private static List<StaffMember> newStarters(List<StaffMember> staff) {
    return staff.stream().filter(s -> s.holds(StaffRole.PERSONAL_TUTOR) && s.tutoringSince().isEmpty()).toList();
  }

  private List<StaffMember> panelMembers() {
    return List.of(
        StaffMember.builder().id(StaffId.of("M001")).fullName("Prof Nia Okafor").department(DepartmentId.of("MED"))
            .addRoles(StaffRole.SENIOR_TUTOR_UNDERGRADUATE).build(),
        StaffMember.builder().id(StaffId.of("M002")).fullName("Dr Tomasz Hughes").department(DepartmentId.of("MED"))
            .addRoles(StaffRole.DIRECTOR_OF_UNDERGRADUATE_STUDIES).build(),
        StaffMember.builder().id(StaffId.of("P001")).fullName("Dr Grace Martin").department(DepartmentId.of("PHYS"))
            .addRoles(StaffRole.SENIOR_TUTOR_UNDERGRADUATE).build());
  }

  /**
   * A disciplinary panel that breaks three rules: the School of Medicine's Senior Tutor may not sit (supportive
   * only), the Physics Senior Tutor is from the student's own faculty, so one member is left of a quorum of three.
   */
  private PanelProposal panel(Student student) {
    FacultyId science = sample.department().faculty();
    return PanelProposal.builder().id("DISC-2026-014").kind(PanelKind.DISCIPLINARY).student(student.id())
        .studentFaculty(science)
        .addMembers(member("M001", "MED", true), member("M002", "MED", false), member("P001", "PHYS", true))
        .build();
  }

  private PanelMember member(String staff, String department, boolean seniorTutor) {
    Department of = sample.institution().department(DepartmentId.of(department)).orElseThrow();
    return PanelMember.builder().staff(StaffId.of(staff)).department(of.id()).faculty(of.faculty())
        .seniorTutor(seniorTutor).build();
  }
}
