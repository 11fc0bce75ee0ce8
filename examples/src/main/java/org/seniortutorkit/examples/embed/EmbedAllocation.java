package org.seniortutorkit.examples.embed;

import java.util.List;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationInput;
import org.seniortutorkit.allocation.AllocationPolicy;
import org.seniortutorkit.allocation.AllocationRequests;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.examples.sample.SampleDepartment;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Embedding example: allocate a department's Personal Tutors from the domain model and print why. */
public final class EmbedAllocation {
  public static void main(String[] args) {
    SampleDepartment chemistry = SampleDepartment.load();   // your system would load these from its records
    AllocationInput input = AllocationInput.builder().department(chemistry.department())
        .year(chemistry.calendar().year()).allocationDate(chemistry.today())
        .students(chemistry.students()).staff(chemistry.staff()).previousYear(chemistry.previousAssignments())
        .fullTimeMaxTutees(20).policy(AllocationPolicy.builder().build()).build();
    Allocation allocation = PersonalTutorAllocator.allocate(AllocationRequests.forDepartment(input));

    allocation.assignments().stream().limit(5).forEach(a ->
        System.out.println(a.student() + " -> " + a.tutor() + ": " + a.explanation().summary()));
    allocation.unplaced().forEach(u -> System.out.println("UNPLACED " + u.student() + ": " + u.reason()));
    System.out.println(allocation.assignments().size() + " placed, " + allocation.unplaced().size()
        + " unplaced, continuity kept for " + allocation.continuityKept() + " of " + allocation.returningStudents());

    // Back to the domain: the year's tutor assignments, ready to store.
    List<TutorAssignment> assignments = allocation.tutorAssignments(input.allocationDate());
    System.out.println(assignments.size() + " tutor assignments for " + allocation.year());
  }
}
