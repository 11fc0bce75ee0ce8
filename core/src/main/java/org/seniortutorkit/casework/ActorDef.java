package org.seniortutorkit.casework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Who acts on a case and in which role: a member of staff ({@code "T0042"}), a student, or a monitoring check
 * ({@code "monitoring:attendance"}).
 */
@Value.Immutable
@JsonSerialize(as = Actor.class)
@JsonDeserialize(as = Actor.class)
abstract class ActorDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  public abstract String id();

  @Value.Parameter
  public abstract CaseRole role();

  @Override
  public String toString() {
    return id() + " as " + role();
  }
}
