package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

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

  public Optional<StaffId> tutorOf(StudentId student) {
    return assignments().stream().filter(a -> a.student().equals(student)).map(TuteeAllocation::tutor).findFirst();
  }
}
