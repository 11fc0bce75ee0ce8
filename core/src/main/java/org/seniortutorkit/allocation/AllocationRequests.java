package org.seniortutorkit.allocation;

import static com.google.common.base.Preconditions.checkArgument;

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
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * Builds an {@link AllocationRequest} from the domain model, so an embedding system that holds students, staff
 * and last year's assignments can allocate in one call:
 *
 * <pre>{@code
 * AllocationRequest request = AllocationRequests.forDepartment(department, AcademicYear.of(2026),
 *     LocalDate.of(2026, 9, 14), students, staff, lastYearsAssignments, thisYearsAssignments, 18, policy);
 * Allocation allocation = PersonalTutorAllocator.allocate(request);
 * }</pre>
 *
 * <p>In scope: the department's active students, and its staff who hold {@link StaffRole#PERSONAL_TUTOR}.
 * This year's {@link AssignmentOrigin#PINNED} assignments become pins; its other assignments become the current
 * assignments a re-allocation keeps where it can.
 */
public final class AllocationRequests {
  private AllocationRequests() {}

  public static AllocationRequest forDepartment(Department department, AcademicYear year, LocalDate allocationDate,
      Collection<Student> students, Collection<StaffMember> staff, Collection<TutorAssignment> previousYear,
      Collection<TutorAssignment> thisYear, int fullTimeMaxTutees, AllocationPolicy policy) {
    checkArgument(fullTimeMaxTutees >= 0, "fullTimeMaxTutees = %s must be zero or more", fullTimeMaxTutees);
    Map<StudentId, StaffId> lastYearsTutor = tutorsIn(previousYear, year.previous());
    AllocationRequest.Builder request = AllocationRequest.builder().year(year).allocationDate(allocationDate)
        .policy(policy);
    students.stream()
        .filter(s -> s.department().equals(department.id()) && s.isActive())
        .map(s -> studentToPlace(s, Optional.ofNullable(lastYearsTutor.get(s.id()))))
        .forEach(request::addStudents);
    staff.stream()
        .filter(m -> m.department().equals(department.id()) && m.holds(StaffRole.PERSONAL_TUTOR))
        .map(m -> tutorCandidate(m, fullTimeMaxTutees, allocationDate))
        .forEach(request::addTutors);
    for (TutorAssignment assignment : thisYear) {
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
        .department(student.department().value())
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
        .department(staff.department().value())
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
