package org.seniortutorkit.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import org.seniortutorkit.values.SelfValidating;

/**
 * How many transitions a case has been through: 1 when opened, plus one per transition. A store uses it to
 * refuse a write based on a stale copy (optimistic concurrency).
 */
@Value.Immutable
abstract class VersionDef implements SelfValidating, Comparable<Version> {
  @Value.Parameter
  @JsonValue
  @Min(1)
  public abstract long number();

  public static Version initial() {
    return Version.of(1);
  }

  public Version next() {
    return Version.of(number() + 1);
  }

  @Override
  public int compareTo(Version other) {
    return Long.compare(number(), other.number());
  }

  @Override
  public String toString() {
    return "v" + number();
  }
}
