package org.seniortutorkit.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** A programme of study, e.g. {@code Programme.of(ProgrammeCode.of("F100"), "BSc Chemistry", UNDERGRADUATE, 3)}. */
@Value.Immutable
@JsonSerialize(as = Programme.class)
@JsonDeserialize(as = Programme.class)
abstract class ProgrammeDef implements SelfValidating {
  @Value.Parameter
  @NotNull
  public abstract ProgrammeCode code();

  @Value.Parameter
  @NotBlank
  public abstract String name();

  @Value.Parameter
  @NotNull
  public abstract StudyLevel level();

  /** Years of full-time study: 1 for most PGT programmes, 3 or 4 for undergraduate ones. */
  @Value.Parameter
  @Min(1)
  @Max(7)
  public abstract int durationYears();
}
