package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * The outcome of one allocation run: who tutors whom and why, who could not be placed and why, the moves a
 * re-allocation made, each tutor's load, and the total cost (minimum among allocations that place as many students
 * as possible).
 */
@Value.Immutable
@ResultValue
@JsonSerialize(as = Allocation.class)
@JsonDeserialize(as = Allocation.class)
abstract class AllocationDef {
  public abstract AcademicYear year();

  public abstract List<TuteeAllocation> assignments();

  public abstract List<UnplacedStudent> unplaced();

  public abstract List<Move> moves();

  public abstract List<TutorLoad> tutorLoads();

  /** Soft-goal costs of every assignment plus every tutor's load price (pinned assignments included). */
  public abstract long totalCost();

  /** Returning students (with a previous tutor) and how many of them kept that tutor. */
  public abstract int returningStudents();

  public abstract int continuityKept();

  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isComplete() {
    return unplaced().isEmpty();
  }

  /**
   * The year's {@link TutorAssignment}s this allocation makes, all made on {@code madeOn}: pinned ones as
   * {@link AssignmentOrigin#PINNED}, the others as {@link AssignmentOrigin#ALLOCATED}, in the order of
   * {@link #assignments()}. Why each was made stays with {@link TuteeAllocation#explanation()}.
   */
  public List<TutorAssignment> tutorAssignments(LocalDate madeOn) {
    return tutorAssignments(madeOn, List.of());
  }

  /**
   * As {@link #tutorAssignments(LocalDate)} for a re-allocation: a student whose assignment in {@code current}
   * (this year's, as given to the request) is to the same tutor keeps that assignment as it was, with its own
   * origin and date; new and moved assignments are made on {@code madeOn}.
   */
  public List<TutorAssignment> tutorAssignments(LocalDate madeOn, Collection<TutorAssignment> current) {
    Map<StudentId, TutorAssignment> before = new HashMap<>();
    current.stream().filter(a -> a.academicYear().equals(year())).forEach(a -> before.put(a.student(), a));
    return assignments().stream()
        .map(a -> Optional.ofNullable(before.get(a.student())).filter(kept -> kept.tutor().equals(a.tutor()))
            .orElseGet(() -> TutorAssignment.builder().student(a.student()).tutor(a.tutor()).academicYear(year())
                .origin(a.pinned() ? AssignmentOrigin.PINNED : AssignmentOrigin.ALLOCATED).madeOn(madeOn).build()))
        .toList();
  }

  public Optional<StaffId> tutorOf(StudentId student) {
    return assignments().stream().filter(a -> a.student().equals(student)).map(TuteeAllocation::tutor).findFirst();
  }
}
