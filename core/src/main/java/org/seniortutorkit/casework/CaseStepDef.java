package org.seniortutorkit.casework;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** One entry of a case's history: a transition that happened, who made it and when. */
@Value.Immutable
@JsonSerialize(as = CaseStep.class)
@JsonDeserialize(as = CaseStep.class)
abstract class CaseStepDef implements SelfValidating {
  @Value.Parameter
  public abstract CaseState from();

  @Value.Parameter
  public abstract CaseCommand command();

  @Value.Parameter
  public abstract CaseState to();

  @Value.Parameter
  public abstract Actor actor();

  @Value.Parameter
  public abstract LocalDate on();

  /** The case's version after this step. */
  @Value.Parameter
  public abstract Version version();
}
