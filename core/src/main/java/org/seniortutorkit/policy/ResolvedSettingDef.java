package org.seniortutorkit.policy;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** One effective setting, its value and the pack it came from: the explanation of a resolved policy. */
@Value.Immutable
@JsonSerialize(as = ResolvedSetting.class)
@JsonDeserialize(as = ResolvedSetting.class)
abstract class ResolvedSettingDef {
  @Value.Parameter
  public abstract String setting();

  @Value.Parameter
  public abstract Object value();

  @Value.Parameter
  public abstract SettingSource source();

  @Override
  public String toString() {
    return setting() + " = " + value() + " from " + source();
  }
}
