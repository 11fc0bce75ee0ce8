package org.seniortutorkit.examples.desk;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.access.StaffRecordViewers;
import org.seniortutorkit.access.Viewer;
import org.seniortutorkit.access.ViewerSource;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.examples.cli.check.SampleFolder;
import org.seniortutorkit.records.RecordsFolder;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.regulation.ClaimStatus;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.ModuleResult;
import org.seniortutorkit.regulation.RecommendedAction;
import org.seniortutorkit.regulation.StudentRecords;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.regulation.builtin.BuiltInRules;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;

/**
 * The people of the sample day, all of the sample department and its records as they stand on the day: its
 * UG Senior Tutor and Wellbeing Adviser, students picked by what the records say about them, each with the
 * Personal Tutor the year's assignments gave them, and a panel member from another faculty. Staff see the
 * records through viewers resolved from the staff records ({@link #viewers}), as an embedder's authenticated
 * staff would be; only the panel seat and the referral, which are case records, are added by the day.
 */
final class DeskPeople {
  private static final RuleId ATTENDANCE_RULE = RuleId.of("MON-ATTENDANCE");

  final Department department;
  final StaffMember seniorTutor;
  final StaffMember adviser;
  /** A student already known to need pastoral support (a complex need other than a disability plan). */
  final Student worried;
  /** The student of the first pending claim with evidence: it goes to the Mitigation Advisory Panel. */
  final Student claimant;
  /** The claim itself; its description is special-category, for the panel only. */
  final MitigatingCircumstancesClaim claim;
  /** The first student the attendance rule flags on the day for their tutor's follow-up. */
  final Student flagged;
  final Finding flaggedBy;
  /** The returning student with last year's best average, nominated for a prize. */
  final Student nominee;
  final double nomineeAverage;
  private final StaffMember panelMember;
  private final FacultyId panelMemberFaculty;
  private final Map<StudentId, StaffId> tutorOf = new HashMap<>();
  private final Map<StaffId, StaffMember> staff;
  /** Who each member of staff is, from the staff records, the year's assignments and the department record. */
  final ViewerSource viewers;

  DeskPeople(LocalDate day) {
    SampleDepartment sample = SampleDepartment.load();
    RecordsFolder folder = SampleFolder.open();
    StudentRecords records = folder.read(Optional.of(day), day);
    department = sample.department();
    viewers = new StaffRecordViewers(records.staff(), sample.institution(), records.assignments(), day);
    staff = records.staff().stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    records.assignments().stream().filter(a -> a.academicYear().contains(day))
        .forEach(a -> tutorOf.put(a.student(), a.tutor()));
    Map<StudentId, Student> students = records.students().stream()
        .collect(Collectors.toMap(Student::id, Function.identity()));
    seniorTutor = staff.get(department.seniorTutorAppointments().stream()
        .filter(a -> a.level() == StudyLevel.UNDERGRADUATE && a.academicYear().contains(day))
        .findFirst().orElseThrow().seniorTutor());
    adviser = records.staff().stream().filter(s -> s.holds(StaffRole.STUDENT_WELLBEING_ADVISER)
        && s.department().equals(department.id())).findFirst().orElseThrow();
    panelMember = records.staff().stream()
        .filter(s -> !facultyOf(sample, s).equals(department.faculty()))
        .filter(s -> !s.holds(StaffRole.SENIOR_TUTOR_UNDERGRADUATE) && !s.holds(StaffRole.SENIOR_TUTOR_POSTGRADUATE))
        .findFirst().orElseThrow();
    panelMemberFaculty = facultyOf(sample, panelMember);
    worried = records.students().stream()
        .filter(s -> s.isActive() && tutorOf.containsKey(s.id()) && !s.complexNeeds().isEmpty()
            && !s.complexNeeds().contains(ComplexNeed.DISABILITY_SUPPORT_PLAN))
        .findFirst().orElseThrow();
    claim = records.claims().stream().filter(c -> c.status() == ClaimStatus.PENDING && c.evidenceProvided())
        .findFirst().orElseThrow();
    claimant = students.get(claim.student());
    flaggedBy = BuiltInRules.regulationCheck().run(records, folder.policyLayers()).findings().stream()
        .filter(f -> f.ruleId().equals(ATTENDANCE_RULE) && f.action() == RecommendedAction.TUTOR_FOLLOW_UP)
        .min(Comparator.comparing(f -> f.subject().id().value())).orElseThrow();
    flagged = students.get(((Subject.StudentSubject) flaggedBy.subject()).id());
    Map<StudentId, Double> averages = lastYearAverages(records.results());
    nominee = students.get(averages.entrySet().stream()
        .max(Map.Entry.<StudentId, Double>comparingByValue().thenComparing(e -> e.getKey().value(),
            Comparator.reverseOrder()))
        .orElseThrow().getKey());
    nomineeAverage = averages.get(nominee.id());
  }

  StaffMember tutorOf(Student student) {
    return staff.get(tutorOf.get(student.id()));
  }

  /** The student's Personal Tutor, who sees their own tutees. */
  Viewer tutorView(Student student) {
    return viewers.viewerFor(tutorOf(student).id()).orElseThrow();
  }

  Viewer seniorTutorView() {
    return viewers.viewerFor(seniorTutor.id()).orElseThrow();
  }

  /** The adviser as the records give them, plus the referral made to their service (a case record). */
  Viewer adviserView(StudentCase referral) {
    return viewers.viewerFor(adviser.id()).orElseThrow().withReferrals(referral.id());
  }

  /** A member of the Mitigation Advisory Panel from another faculty, who sees only their panel's cases. */
  Viewer panelMemberView(CaseId panelCase) {
    return Viewer.builder().id(panelMember.id()).department(panelMember.department())
        .faculty(panelMemberFaculty).addPanelCases(panelCase).build();
  }

  private static FacultyId facultyOf(SampleDepartment sample, StaffMember member) {
    return sample.institution().department(member.department()).orElseThrow().faculty();
  }

  /** Credit-weighted first-attempt averages of each student's latest year of marks. */
  private static Map<StudentId, Double> lastYearAverages(List<ModuleResult> results) {
    int latest = results.stream().mapToInt(r -> r.academicYear().startYear()).max().orElseThrow();
    Map<StudentId, int[]> sums = new HashMap<>();
    results.stream().filter(r -> r.attempt() == 1 && r.academicYear().startYear() == latest).forEach(r -> {
      int[] sum = sums.computeIfAbsent(r.student(), s -> new int[2]);
      sum[0] += r.mark() * r.credits();
      sum[1] += r.credits();
    });
    Map<StudentId, Double> averages = new HashMap<>();
    sums.forEach((student, sum) -> averages.put(student, (double) sum[0] / sum[1]));
    return averages;
  }
}
