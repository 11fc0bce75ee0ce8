package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** How one soft goal fared for one assignment: met or traded off, at what cost, in words. */
@Value.Immutable
@ResultValue
@JsonSerialize(as = SoftGoalOutcome.class)
@JsonDeserialize(as = SoftGoalOutcome.class)
abstract class SoftGoalOutcomeDef {
  @Value.Parameter
  public abstract SoftGoal goal();

  @Value.Parameter
  public abstract boolean met();

  @Value.Parameter
  public abstract long cost();

  @Value.Parameter
  public abstract String detail();

  @Override
  public String toString() {
    return goal() + (met() ? " met" : " traded off") + " (cost " + cost() + "): " + detail();
  }
}
