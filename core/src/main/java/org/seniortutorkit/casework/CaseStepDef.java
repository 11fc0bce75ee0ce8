package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.Version;
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

  /** The case's version after this step: {@link Version#of v2} or later, since a case opens at v1. */
  @Value.Parameter
  public abstract Version version();

  @Value.Check
  void followsTheOpening() {
    if (version().compareTo(Version.first()) <= 0) {
      throw org.seniortutorkit.kernel.InvalidValueException.of("CaseStep", "version", version(),
          "must be v2 or later: a case opens at v1 and each step moves it on");
    }
  }
}
