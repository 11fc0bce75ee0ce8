package org.seniortutorkit.kernel.store;

import org.seniortutorkit.kernel.Version;

import java.util.Objects;

/**
 * An aggregate as stored, with the version to name when saving it again.
 *
 * @param value the aggregate
 * @param version its stored version, never {@link Version#none()}
 */
public record Versioned<T>(T value, Version version) {
  public Versioned {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(version, "version");
    if (version.isNone()) {
      throw new IllegalArgumentException("Versioned.version = none must be a stored version (v1 or later)");
    }
  }

  public static <T> Versioned<T> of(T value, Version version) {
    return new Versioned<>(value, version);
  }
}
