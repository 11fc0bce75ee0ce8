package org.seniortutorkit.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A policy pack as stored. {@link #packVersion()} is the pack's own edition (e.g. {@code "2026.1"}), not the
 * store's optimistic-concurrency version.
 */
@Value.Immutable
abstract class StoredPolicyPackDef implements SelfValidating {
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
  public abstract String id();

  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,32}", message = "must be 1-32 letters, digits, '.', '_' or '-'")
  public abstract String packVersion();

  public abstract LocalDate effectiveFrom();

  /** The last day it applies, if it has been superseded. */
  public abstract Optional<LocalDate> effectiveTo();

  /** The pack itself, as a JSON document written by the policy model. */
  @NotBlank
  public abstract String json();

  public PolicyPackKey key() {
    return PolicyPackKey.of(id(), packVersion());
  }

  public boolean isEffectiveOn(LocalDate date) {
    return !date.isBefore(effectiveFrom()) && effectiveTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  @Value.Check
  void endsAfterItStarts() {
    if (effectiveTo().isPresent() && effectiveTo().get().isBefore(effectiveFrom())) {
      throw InvalidValueException.of("StoredPolicyPack", "effectiveTo", effectiveTo().get(),
          "must not be before effectiveFrom " + effectiveFrom());
    }
  }
}
