package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;

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

  /**
   * The hard rule that kept this tutor from every student ({@link HardRule#TUTOR_ACTIVE} when on leave,
   * {@link HardRule#WORKSHOP_COMPLETED} before the workshop), so that "why has Dr X no tutees?" has the engine's
   * answer; empty when the tutor could take tutees, whether or not the optimum gave them any.
   */
  public abstract Optional<HardRule> unavailableBy();
}
