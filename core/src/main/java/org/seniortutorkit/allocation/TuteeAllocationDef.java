package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

/** One student placed with one Personal Tutor, and why. */
@Value.Immutable
@ResultValue
@JsonSerialize(as = TuteeAllocation.class)
@JsonDeserialize(as = TuteeAllocation.class)
abstract class TuteeAllocationDef {
  public abstract StudentId student();

  public abstract StaffId tutor();

  /** Whether the Senior Tutor pinned this assignment. */
  public abstract boolean pinned();

  public abstract AllocationExplanation explanation();
}
