package org.seniortutorkit.casework;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.values.SelfValidating;

/** A support service's identifier in the {@link ServiceDirectory}, e.g. {@code "wellbeing"}. */
@Value.Immutable
abstract class ServiceIdDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be 1-64 lower-case letters, digits or '-'")
  public abstract String value();

  @Override
  public String toString() {
    return value();
  }
}
