package org.seniortutorkit.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** The pack (and so the layer) an effective setting or citation came from. */
@Value.Immutable
@JsonSerialize(as = SettingSource.class)
@JsonDeserialize(as = SettingSource.class)
abstract class SettingSourceDef {
  /** A what-if change that overrides every layer. */
  public static final String WHAT_IF = "what-if";

  /** A fact the department's own record declares (its id is the version), e.g. that it is supportive-only. */
  public static final String DEPARTMENT_RECORD = "department-record";

  @Value.Parameter
  public abstract String pack();

  @Value.Parameter
  public abstract String version();

  /** The layer, or absent for a what-if override. */
  @Value.Parameter
  public abstract java.util.Optional<PolicyLayer> layer();

  static SettingSource of(PolicyPack pack) {
    return SettingSource.of(pack.id(), pack.version(), java.util.Optional.of(pack.layer()));
  }

  @Override
  public String toString() {
    return pack() + "@" + version() + layer().map(l -> " (" + l + ")").orElse("");
  }
}
