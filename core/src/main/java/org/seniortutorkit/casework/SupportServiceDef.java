package org.seniortutorkit.casework;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.SelfValidating;

/** A service a student can be referred to, and the contact who takes referrals. */
@Value.Immutable
abstract class SupportServiceDef implements SelfValidating {
  @Value.Parameter
  public abstract ServiceId id();

  @Value.Parameter
  @NotBlank
  public abstract String name();

  public abstract Optional<StaffId> contact();
}
