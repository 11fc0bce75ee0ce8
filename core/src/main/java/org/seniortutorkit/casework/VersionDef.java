package org.seniortutorkit.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * How many transitions a case has been through: 1 when opened, plus one per transition. A store uses it to
 * refuse a write based on a stale copy (optimistic concurrency). In JSON it is the plain number.
 */
@Value.Immutable
@JsonDeserialize(converter = VersionDef.FromJson.class)
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

  /** Reads the plain-number JSON form. */
  static final class FromJson extends StdConverter<Long, Version> {
    @Override
    public Version convert(Long number) {
      return Version.of(number);
    }
  }
}
