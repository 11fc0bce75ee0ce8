package org.seniortutorkit.casework;

import jakarta.validation.constraints.NotEmpty;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** One row of a state machine's table: in {@code from}, {@code command} by one of {@code roles} leads to {@code to}. */
@Value.Immutable
abstract class TransitionDef implements SelfValidating {
  @Value.Parameter
  public abstract CaseState from();

  @Value.Parameter
  public abstract CaseCommand command();

  @Value.Parameter
  public abstract CaseState to();

  @Value.Parameter
  @NotEmpty
  public abstract Set<CaseRole> roles();

  public boolean allows(CaseRole role) {
    return roles().contains(role);
  }
}
