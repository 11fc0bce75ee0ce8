package org.seniortutorkit.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Which policy packs to read, e.g. the editions of one pack, or those in force on a date. */
@Value.Immutable
abstract class PolicyPackQueryDef {
  public abstract Optional<String> id();

  public abstract Optional<LocalDate> effectiveOn();

  public static PolicyPackQuery all() {
    return PolicyPackQuery.builder().build();
  }

  public boolean matches(StoredPolicyPack pack) {
    return id().map(pack.id()::equals).orElse(true)
        && effectiveOn().map(pack::isEffectiveOn).orElse(true);
  }
}
