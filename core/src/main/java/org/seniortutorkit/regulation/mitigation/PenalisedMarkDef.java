package org.seniortutorkit.regulation.mitigation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.RuleId;

/** A coursework mark after the late-submission rule, with the reason. */
@Value.Immutable
@JsonSerialize(as = PenalisedMark.class)
@JsonDeserialize(as = PenalisedMark.class)
abstract class PenalisedMarkDef {
  public abstract String student();

  public abstract String module();

  public abstract String assessment();

  public abstract int rawMark();

  public abstract int mark();

  public abstract long daysLate();

  public abstract PenaltyOutcome outcome();

  public abstract RuleId ruleId();

  public abstract String citation();

  public abstract String explanation();
}
