package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.Subject;

/**
 * What a rule found: which rule and regulation section, about whom, how serious, what to do, and why.
 *
 * <pre>{@code
 * MON-ATTENDANCE [Student Engagement Policy §2.2] S1234567 MEDIUM TUTOR_FOLLOW_UP:
 *   attended 9 of 16 sessions (56%) in the 4 weeks to 2026-11-27, below 70%
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = Finding.class)
@JsonDeserialize(as = Finding.class)
abstract class FindingDef {
  public abstract RuleId ruleId();

  public abstract String citation();

  /** The student, tutor, claim or panel the finding is about, with its typed id. */
  public abstract Subject subject();

  public abstract Severity severity();

  public abstract RecommendedAction action();

  /** The rule's outcome in one word, e.g. CAUSE_FOR_CONCERN, FIRST_WARNING, MAKE_GOOD_DEFICIENCIES/RESIT. */
  public abstract FindingOutcome outcome();

  public abstract String explanation();

  /** Modules, claims, meetings or tutees the finding rests on. */
  public abstract List<String> references();

  /** A builder pre-filled with the rule's id and its citation in {@code policy}. */
  public static Finding.Builder by(RegulationRule rule, Policy policy) {
    return Finding.builder().ruleId(rule.id()).citation(policy.citation(rule.id()).orElse("(not cited)"));
  }

  @Value.Check
  void explains() {
    if (explanation().isBlank()) {
      throw InvalidValueException.of("Finding", "explanation", explanation(), "must explain the finding");
    }
  }

  @Override
  public String toString() {
    return ruleId() + " [" + citation() + "] " + subject() + " " + severity() + " " + action() + ": "
        + explanation();
  }
}
