package org.seniortutorkit.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.kernel.SelfValidating;

/** How many students of a programme's year had one progression outcome: the input of the progression report. */
@Value.Immutable
@JsonSerialize(as = ProgressionCount.class)
@JsonDeserialize(as = ProgressionCount.class)
abstract class ProgressionCountDef implements SelfValidating {
  @Value.Parameter
  public abstract ProgrammeCode programme();

  @Value.Parameter
  @Min(1)
  @Max(7)
  public abstract int yearOfStudy();

  @Value.Parameter
  public abstract YearOutcome outcome();

  @Value.Parameter
  @Min(0)
  public abstract int students();
}
