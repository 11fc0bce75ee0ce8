package org.seniortutorkit.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** A continuing-professional-development activity on tutoring, e.g. a mental-health first-aid course. */
@Value.Immutable
@JsonSerialize(as = CpdActivity.class)
@JsonDeserialize(as = CpdActivity.class)
abstract class CpdActivityDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  public abstract String title();

  @Value.Parameter
  public abstract LocalDate completedOn();

  @Value.Parameter
  @DecimalMin("0.5")
  @DecimalMax("200")
  public abstract double hours();
}
