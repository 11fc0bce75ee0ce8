package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why a student has their tutor: the hard rules the pair satisfies (or {@link HardRule#PINNED_KEPT} for a pin),
 * and each soft goal met or traded off with its cost.
 */
@Value.Immutable
@ResultValue
@JsonSerialize(as = AllocationExplanation.class)
@JsonDeserialize(as = AllocationExplanation.class)
abstract class AllocationExplanationDef {
  public abstract List<HardRule> rulesSatisfied();

  public abstract List<SoftGoalOutcome> softGoals();

  /** The pair's own cost: the sum of the soft goals' costs (the load price is the tutor's, see {@link TutorLoad}). */
  @Value.Derived
  public long cost() {
    return softGoals().stream().mapToLong(SoftGoalOutcome::cost).sum();
  }

  /** One line for a report, e.g. "satisfies TUTOR_ACTIVE, ...; CONTINUITY met (cost 0): keeps ...". */
  public String summary() {
    String rules = rulesSatisfied().stream().map(HardRule::name).collect(Collectors.joining(", "));
    String goals = softGoals().stream().map(SoftGoalOutcome::toString).collect(Collectors.joining("; "));
    return "satisfies " + rules + (goals.isEmpty() ? "" : "; " + goals);
  }
}
