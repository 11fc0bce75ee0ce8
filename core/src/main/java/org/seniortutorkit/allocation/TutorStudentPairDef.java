package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A student and a tutor named together: a pinned assignment, a declared conflict of interest, or this year's
 * current assignment when re-allocating.
 */
@Value.Immutable
@JsonSerialize(as = TutorStudentPair.class)
@JsonDeserialize(as = TutorStudentPair.class)
abstract class TutorStudentPairDef implements SelfValidating {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  public abstract StaffId tutor();

  @Override
  public String toString() {
    return student() + "->" + tutor();
  }
}
