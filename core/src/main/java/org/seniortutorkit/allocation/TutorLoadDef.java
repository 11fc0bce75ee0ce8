package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.staff.StaffId;

/** A tutor's load after allocation, with the convex {@link SoftGoal#LOAD_BALANCE} price it costs. */
@Value.Immutable
@ResultValue
@JsonSerialize(as = TutorLoad.class)
@JsonDeserialize(as = TutorLoad.class)
abstract class TutorLoadDef {
  public abstract StaffId tutor();

  public abstract double fte();

  public abstract int tutees();

  public abstract int capacity();

  public abstract long loadCost();
}
