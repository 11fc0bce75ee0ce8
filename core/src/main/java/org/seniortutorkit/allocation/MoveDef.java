package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

/**
 * A re-allocation moved a student from this year's tutor: to another tutor, or to nobody when no place is left.
 * {@link #rule()} is the hard rule that forced the move, if one did; otherwise the move saved more than its price.
 */
@Value.Immutable
@ResultValue
@JsonSerialize(as = Move.class)
@JsonDeserialize(as = Move.class)
abstract class MoveDef {
  public abstract StudentId student();

  public abstract StaffId from();

  /** The new tutor; empty when the student could not be placed any more. */
  public abstract Optional<StaffId> to();

  public abstract Optional<HardRule> rule();

  public abstract String reason();
}
