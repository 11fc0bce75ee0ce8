package org.seniortutorkit.examples.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.examples.dashboard.DashboardData.Deadline;
import org.seniortutorkit.examples.dashboard.DashboardData.FlaggedStudent;
import org.seniortutorkit.examples.dashboard.DashboardData.OpenCases;
import org.seniortutorkit.examples.dashboard.DashboardData.OverdueMeeting;
import org.seniortutorkit.examples.dashboard.DashboardData.TrainingGap;
import org.seniortutorkit.examples.dashboard.DashboardData.TutorLoad;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.regulation.CheckReport;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;

/**
 * Assembles the dashboard from what the library computed: the allocation's loads, the regulation check's
 * findings, and the desk's cases. Nothing here decides anything; it only selects and counts, and it passes on
 * no special-category detail (findings show the rule and action, not the need behind a referral).
 */
public final class DepartmentDashboard {
  private static final RuleId NO_MEETING_RULE = RuleId.of("MON-NO-TUTOR-MEETING");

  private DepartmentDashboard() {}

  public static DashboardData of(String department, LocalDate asOf, List<StaffMember> staff, Allocation allocation,
      CheckReport check, List<StudentCase> cases) {
    Map<StaffId, StaffMember> byId = staff.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    return new DashboardData(department, asOf,
        loads(allocation, byId),
        overdue(check, allocation, byId),
        openCases(cases, asOf),
        flagged(check),
        trainingGaps(check, staff, byId, asOf),
        deadlines(cases, asOf));
  }

  private static List<TutorLoad> loads(Allocation allocation, Map<StaffId, StaffMember> staff) {
    return allocation.tutorLoads().stream()
        .sorted(Comparator.comparing(l -> l.tutor().value()))
        .map(l -> new TutorLoad(name(staff, l.tutor()), l.tutees(), l.capacity(),
            l.unavailableBy().map(rule -> rule.name() + " not met").orElse("")))
        .toList();
  }

  private static List<OverdueMeeting> overdue(CheckReport check, Allocation allocation,
      Map<StaffId, StaffMember> staff) {
    return check.findings().stream()
        .filter(f -> f.ruleId().equals(NO_MEETING_RULE) && f.subject() instanceof Subject.StudentSubject)
        .map(f -> {
          StudentId student = ((Subject.StudentSubject) f.subject()).id();
          return new OverdueMeeting(tutorOf(student, allocation, staff), student.value(), f.explanation());
        })
        .toList();
  }

  private static String tutorOf(StudentId student, Allocation allocation, Map<StaffId, StaffMember> staff) {
    return allocation.tutorOf(student)
        .map(t -> name(staff, t)).orElse("not allocated");
  }

  private static List<FlaggedStudent> flagged(CheckReport check) {
    return check.findings().stream()
        .filter(f -> f.subject() instanceof Subject.StudentSubject && f.ruleId().value().startsWith("MON-"))
        .map(f -> new FlaggedStudent(f.subject().toString(), f.ruleId().value(), f.severity().name(),
            f.action().name()))
        .toList();
  }

  private static List<TrainingGap> trainingGaps(CheckReport check, List<StaffMember> staff,
      Map<StaffId, StaffMember> byId, LocalDate asOf) {
    List<TrainingGap> gaps = new ArrayList<>();
    staff.stream()
        .filter(s -> s.roles().contains(StaffRole.PERSONAL_TUTOR))
        .filter(s -> !s.canTakeTuteesOn(asOf))
        .forEach(s -> gaps.add(new TrainingGap(s.fullName(), "Introduction to Personal Tutoring not completed")));
    check.findings().stream()
        .filter(f -> f.subject() instanceof Subject.TutorSubject && f.ruleId().value().startsWith("TUT-"))
        .forEach(f -> gaps.add(new TrainingGap(name(byId, ((Subject.TutorSubject) f.subject()).id()),
            f.ruleId() + ": " + f.outcome())));
    return gaps;
  }

  private static List<OpenCases> openCases(List<StudentCase> cases, LocalDate asOf) {
    Map<CaseKind, int[]> byKind = new EnumMap<>(CaseKind.class);
    for (StudentCase c : cases) {
      if (!c.isOpen()) {
        continue;
      }
      long age = ChronoUnit.DAYS.between(c.openedOn(), asOf);
      int bucket = age <= 7 ? 0 : age <= 30 ? 1 : 2;
      byKind.computeIfAbsent(c.kind(), k -> new int[3])[bucket]++;
    }
    return byKind.entrySet().stream()
        .map(e -> new OpenCases(e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '),
            e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }

  private static List<Deadline> deadlines(List<StudentCase> cases, LocalDate asOf) {
    return cases.stream()
        .filter(c -> c.isOpen() && c.deadline().isPresent() && !c.deadline().get().isBefore(asOf))
        .sorted(Comparator.comparing(c -> c.deadline().get()))
        .map(c -> new Deadline(c.deadline().get(), c.kind().name().toLowerCase(Locale.ROOT)
            + " " + c.id() + c.award().map(a -> ": " + a).orElse("")))
        .toList();
  }

  private static String name(Map<StaffId, StaffMember> staff, StaffId id) {
    StaffMember member = staff.get(id);
    return member == null ? id.value() : member.fullName();
  }
}
