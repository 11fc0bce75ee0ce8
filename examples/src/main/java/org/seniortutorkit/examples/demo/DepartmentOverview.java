package org.seniortutorkit.examples.demo;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.student.Student;

/**
 * The first page of the demo: who is in the department and who can tutor them. Complex needs are counted,
 * never listed: the count is what a Senior Tutor plans with, the detail is special-category data.
 */
public final class DepartmentOverview {
  private final SampleDepartment sample;

  public DepartmentOverview(SampleDepartment sample) {
    this.sample = sample;
  }

  public void printTo(PrintWriter out) {
    Department department = sample.department();
    out.printf("%s (%s), %s — %s, today %s%n", department.name(), department.id(),
        sample.institution().name(), sample.calendar().year(), sample.today());
    out.printf("Senior Tutors: UG %s; PGT %s%s%n",
        names(department.seniorTutors(StudyLevel.UNDERGRADUATE, sample.calendar().year())),
        names(department.seniorTutors(StudyLevel.POSTGRADUATE_TAUGHT, sample.calendar().year())),
        department.seniorTutorsSupportiveOnly() ? " (supportive only)" : "");
    printStudents(out);
    printTutors(out);
  }

  private void printStudents(PrintWriter out) {
    long active = sample.students().stream().filter(Student::isActive).count();
    out.printf("%nStudents: %d (%d active, %d interrupted or away)%n", sample.students().size(), active,
        sample.students().size() - active);
    for (StudyLevel level : StudyLevel.values()) {
      Map<Integer, Long> byYear = sample.students().stream().filter(s -> s.level() == level)
          .collect(Collectors.groupingBy(Student::yearOfStudy, TreeMap::new, Collectors.counting()));
      out.printf("  %-20s %s%n", label(level),
          byYear.entrySet().stream().map(e -> "year " + e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", ")));
    }
    long withNeeds = sample.students().stream().filter(Student::hasComplexNeeds).count();
    out.printf("  with complex needs:  %d (details are special-category data and not shown)%n", withNeeds);
    long returning = sample.previousAssignments().size();
    out.printf("  returning with a tutor from %s: %d%n", sample.calendar().year().previous(), returning);
  }

  private void printTutors(PrintWriter out) {
    var year = sample.calendar().year();
    Set<StaffMember> tutors = sample.staff().stream().filter(s -> s.holds(StaffRole.PERSONAL_TUTOR))
        .collect(Collectors.toSet());
    long untrained = tutors.stream().filter(t -> !t.canTakeTuteesOn(sample.today())).count();
    long onLeave = tutors.stream().filter(t -> t.isOnLeaveIn(year)).count();
    long available = tutors.stream().filter(t -> t.canTakeTuteesOn(sample.today()) && !t.isOnLeaveIn(year)).count();
    out.printf("%nPersonal tutors: %d (%d available; %d awaiting the Introduction to Personal Tutoring"
        + " workshop; %d on leave in %s)%n", tutors.size(), available, untrained, onLeave, year);
  }

  private String names(Set<StaffId> ids) {
    Map<StaffId, StaffMember> byId = sample.staff().stream()
        .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    return ids.stream().map(id -> byId.containsKey(id) ? byId.get(id).fullName() + " (" + id + ")" : id.value())
        .collect(Collectors.joining(", "));
  }

  private static String label(StudyLevel level) {
    return level == StudyLevel.UNDERGRADUATE ? "undergraduate" : "postgraduate taught";
  }
}
