package org.seniortutorkit.examples.embed;

import java.util.List;
import org.seniortutorkit.allocation.Allocation;
import org.seniortutorkit.allocation.AllocationPolicy;
import org.seniortutorkit.allocation.AllocationRequests;
import org.seniortutorkit.allocation.PersonalTutorAllocator;
import org.seniortutorkit.examples.sample.SampleDepartment;

/** Embedding example: allocate a department's Personal Tutors from the domain model and print why. */
public final class EmbedAllocation {
  public static void main(String[] args) {
    SampleDepartment chemistry = SampleDepartment.load();   // your system would load these from its records
    Allocation allocation = PersonalTutorAllocator.allocate(AllocationRequests.forDepartment(
        chemistry.department(), chemistry.calendar().year(), chemistry.today(), chemistry.students(),
        chemistry.staff(), chemistry.previousAssignments(), List.of(), 20, AllocationPolicy.builder().build()));

    allocation.assignments().stream().limit(5).forEach(a ->
        System.out.println(a.student() + " -> " + a.tutor() + ": " + a.explanation().summary()));
    allocation.unplaced().forEach(u -> System.out.println("UNPLACED " + u.student() + ": " + u.reason()));
    System.out.println(allocation.assignments().size() + " placed, " + allocation.unplaced().size()
        + " unplaced, continuity kept for " + allocation.continuityKept() + " of " + allocation.returningStudents());
  }
}
