package org.seniortutorkit.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** A teaching term, e.g. {@code Term.of("Autumn", LocalDate.of(2026, 9, 28), LocalDate.of(2026, 12, 11))}. */
@Value.Immutable
@JsonSerialize(as = Term.class)
@JsonDeserialize(as = Term.class)
abstract class TermDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  public abstract String name();

  @Value.Parameter
  @NotNull
  public abstract LocalDate startsOn();

  @Value.Parameter
  @NotNull
  public abstract LocalDate endsOn();

  public boolean contains(LocalDate date) {
    return !date.isBefore(startsOn()) && !date.isAfter(endsOn());
  }

  @Value.Check
  void endsAfterItStarts() {
    if (startsOn() != null && endsOn() != null && endsOn().isBefore(startsOn())) {
      throw InvalidValueException.of("Term", "endsOn", endsOn(), "must not be before startsOn " + startsOn());
    }
  }
}
