package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** A briefing on a policy change that every Personal Tutor must acknowledge. */
@Value.Immutable
@JsonSerialize(as = PolicyBriefing.class)
@JsonDeserialize(as = PolicyBriefing.class)
abstract class PolicyBriefingDef implements SelfValidating {
  @Value.Parameter
  @NotBlank
  public abstract String id();

  @Value.Parameter
  @NotBlank
  public abstract String title();

  @Value.Parameter
  public abstract LocalDate publishedOn();
}
