package org.seniortutorkit.examples.demo;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.TuteeAllocation;
import org.seniortutorkit.allocation.TutorLoad;
import org.seniortutorkit.allocation.UnplacedStudent;
import org.seniortutorkit.examples.cli.table.Column;
import org.seniortutorkit.examples.cli.table.TextTable;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;

/** The demo's allocation page: every active student gets a Personal Tutor, and each choice is explained. */
public final class AllocationSection {
  private final SampleDepartment sample;

  public AllocationSection(SampleDepartment sample) {
    this.sample = sample;
  }

  /** Allocates the sample department's tutors for this year. */
  public Allocation allocate() {
    return sample.allocate();
  }

  /** Prints the allocation with its loads table fitted to {@code width} characters, and returns it. */
  public Allocation printTo(PrintWriter out, int width) {
    Allocation allocation = allocate();
    Map<StaffId, StaffMember> staff = sample.staff().stream()
        .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    out.printf("%nAllocation for %s (exact minimum cost; every assignment carries its rules and costs)%n",
        allocation.year());
    out.printf("  placed %d students, %d unplaced; continuity kept for %d of %d returning students;"
        + " total cost %d%n", allocation.assignments().size(), allocation.unplaced().size(),
        allocation.continuityKept(), allocation.returningStudents(), allocation.totalCost());
    // A name may wrap (its id is one word, so never split); FTE and the load are figures and stay whole.
    TextTable loads = TextTable.of(Column.wrapped("tutor", 16), Column.number("FTE"), Column.number("tutees"),
        Column.number("capacity"), Column.wrapped("note")).indent(2);
    allocation.tutorLoads().stream()
        .sorted(Comparator.comparing((TutorLoad l) -> l.tutor().value()))
        .forEach(load -> loads.row(name(staff, load.tutor()), String.format("%.1f", load.fte()),
            load.tutees(), load.capacity(),
            load.tutees() == 0 ? "(none: " + whyNone(load) + ")" : ""));
    loads.render(width).forEach(out::println);
    for (UnplacedStudent unplaced : allocation.unplaced()) {
      // The reason can name a complex need: it is for the Senior Tutor's eyes, as here, never for logs.
      out.printf("  UNPLACED %s: %s%n", unplaced.student(), unplaced.reason());
    }
    allocation.assignments().stream().filter(a -> !a.explanation().softGoals().isEmpty()).findFirst()
        .ifPresent(example -> printExample(out, staff, example));
    return allocation;
  }

  private void printExample(PrintWriter out, Map<StaffId, StaffMember> staff, TuteeAllocation example) {
    out.printf("  Why %s has %s: %s%n", example.student(), name(staff, example.tutor()),
        example.explanation().summary());
  }

  /** The engine's own answer: the rule that kept the tutor from every student, else they were not needed. */
  private static String whyNone(TutorLoad load) {
    return load.unavailableBy().map(rule -> rule.name() + " not met").orElse("not needed");
  }

  private static String name(Map<StaffId, StaffMember> staff, StaffId id) {
    StaffMember member = staff.get(id);
    return member == null ? id.value() : member.fullName() + " (" + id + ")";
  }
}
