package org.seniortutorkit.training;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** A tutor's acknowledgement that they read a briefing on a policy change. */
@Value.Immutable
@JsonSerialize(as = BriefingAcknowledgement.class)
@JsonDeserialize(as = BriefingAcknowledgement.class)
abstract class BriefingAcknowledgementDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  public abstract String briefingId();

  @Value.Parameter
  public abstract LocalDate publishedOn();

  @Value.Parameter
  public abstract LocalDate acknowledgedOn();

  public long daysToAcknowledge() {
    return java.time.temporal.ChronoUnit.DAYS.between(publishedOn(), acknowledgedOn());
  }

  @Value.Check
  void acknowledgedAfterPublication() {
    if (acknowledgedOn().isBefore(publishedOn())) {
      throw InvalidValueException.of("BriefingAcknowledgement", "acknowledgedOn", acknowledgedOn(),
          "must not be before the briefing was published on " + publishedOn());
    }
  }
}
