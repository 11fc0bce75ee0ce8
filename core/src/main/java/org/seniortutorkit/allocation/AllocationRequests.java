package org.seniortutorkit.allocation;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * The one conversion between the domain model and the allocation engine, one way here and back in
 * {@link Allocation#tutorAssignments}: an embedding system that holds students, staff and tutor assignments
 * allocates and gets the year's assignments without touching the engine's own types.
 *
 * <pre>{@code
 * AllocationInput input = AllocationInput.builder().department(department).year(AcademicYear.of(2026))
 *     .allocationDate(LocalDate.of(2026, 9, 14)).students(students).staff(staff)
 *     .previousYear(lastYearsAssignments).thisYear(thisYearsAssignments).fullTimeMaxTutees(18).policy(policy)
 *     .build();
 * Allocation allocation = PersonalTutorAllocator.allocate(AllocationRequests.forDepartment(input));
 * List<TutorAssignment> assignments = allocation.tutorAssignments(input.allocationDate(), input.thisYear());
 * }</pre>
 *
 * <p>In scope: the department's active students, and its staff who hold {@link StaffRole#PERSONAL_TUTOR}.
 * This year's {@link AssignmentOrigin#PINNED} assignments become pins; its other assignments become the current
 * assignments a re-allocation keeps where it can.
 */
public final class AllocationRequests {
  private AllocationRequests() {}

  /**
   * The engine's request for {@code input}'s department: its students (with last year's tutor), its tutor
   * candidates, this year's pins and current assignments, and the policy.
   */
  public static AllocationRequest forDepartment(AllocationInput input) {
    AcademicYear year = input.year();
    Department department = input.department();
    Map<StudentId, StaffId> lastYearsTutor = tutorsIn(input.previousYear(), year.previous());
    AllocationRequest.Builder request = AllocationRequest.builder().year(year).allocationDate(input.allocationDate())
        .policy(input.policy());
    input.students().stream()
        .filter(s -> s.department().equals(department.id()) && s.isActive())
        .map(s -> studentToPlace(s, Optional.ofNullable(lastYearsTutor.get(s.id()))))
        .forEach(request::addStudents);
    input.staff().stream()
        .filter(m -> m.department().equals(department.id()) && m.holds(StaffRole.PERSONAL_TUTOR))
        .map(m -> tutorCandidate(m, input.fullTimeMaxTutees(), input.allocationDate()))
        .forEach(request::addTutors);
    for (TutorAssignment assignment : input.thisYear()) {
      if (!assignment.academicYear().equals(year)) {
        continue;
      }
      TutorStudentPair pair = TutorStudentPair.of(assignment.student(), assignment.tutor());
      if (assignment.isPinned()) {
        request.addPinned(pair);
      } else {
        request.addCurrentAssignments(pair);
      }
    }
    return request.build();
  }

  /** The student as the allocation sees them; {@code previousTutor} is last year's Personal Tutor, if any. */
  public static StudentToPlace studentToPlace(Student student, Optional<StaffId> previousTutor) {
    return StudentToPlace.builder()
        .id(student.id())
        .department(student.department())
        .level(student.level())
        .programme(student.programme().value())
        .complexNeeds(student.complexNeeds())
        .previousTutor(previousTutor)
        .build();
  }

  /** The member of staff as a tutor candidate, with capacity {@code fullTimeMaxTutees} scaled by their FTE. */
  public static TutorCandidate tutorCandidate(StaffMember staff, int fullTimeMaxTutees, LocalDate onDate) {
    return TutorCandidate.builder()
        .id(staff.id())
        .department(staff.department())
        .fte(staff.fte())
        .maxTutees(fullTimeMaxTutees)
        .workshopCompletedOn(staff.training().introductionToPersonalTutoringCompletedOn())
        .onLeaveIn(staff.onLeave())
        .experienceYears(staff.yearsOfTutoringOn(onDate))
        .trainedFor(staff.qualifiedFor())
        .researchAreas(staff.researchAreas())
        .build();
  }

  private static Map<StudentId, StaffId> tutorsIn(Collection<TutorAssignment> assignments, AcademicYear year) {
    return assignments.stream()
        .filter(a -> a.academicYear().equals(year))
        .collect(Collectors.collectingAndThen(
            Collectors.toMap(TutorAssignment::student, TutorAssignment::tutor, (first, later) -> later),
            ImmutableMap::copyOf));
  }
}
