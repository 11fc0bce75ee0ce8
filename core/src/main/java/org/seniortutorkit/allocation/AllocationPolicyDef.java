package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * The department's allocation policy: which hard rules it enforces, the integer price of each unmet soft goal,
 * and what qualifies a tutor for each complex need. Every field has a sensible default, so
 * {@code AllocationPolicy.builder().build()} is a valid policy; a policy can be read from JSON with Jackson
 * (fields as named here, e.g. {@code {"continuityCost": 80, "qualifications": {"WELLBEING_CONCERN":
 * {"minExperienceYears": 2, "trainingRequired": true}}}}).
 *
 * <p>Prices are bounded (at most {@value #MAX_PRICE}) so that no sum over 300,000 students can overflow.
 */
@Value.Immutable
@JsonSerialize(as = AllocationPolicy.class)
@JsonDeserialize(as = AllocationPolicy.class)
abstract class AllocationPolicyDef implements SelfValidating {
  static final long MAX_PRICE = 1_000_000_000L;

  /** The hard rules enforced; by default all. {@link HardRule#CAPACITY} and {@link HardRule#PINNED_KEPT} must stay. */
  @Value.Default
  public Set<HardRule> enforcedRules() {
    return EnumSet.allOf(HardRule.class);
  }

  /** Price of not keeping a returning student's previous tutor. */
  @Value.Default
  @PositiveOrZero
  @Max(MAX_PRICE)
  public long continuityCost() {
    return 50;
  }

  /** Price of a tutor who shares neither the student's programme nor research area. */
  @Value.Default
  @PositiveOrZero
  @Max(MAX_PRICE)
  public long subjectMismatchCost() {
    return 10;
  }

  /** Price of ignoring a preference, when a student asked for tutors (or a tutor asked for the student). */
  @Value.Default
  @PositiveOrZero
  @Max(MAX_PRICE)
  public long preferenceUnmetCost() {
    return 20;
  }

  /**
   * Weight of the convex load penalty: a tutor's k-th tutee costs round(loadWeight x (2k - 1) / FTE), so a load L
   * costs about loadWeight x L^2 / FTE and the cheapest spread is the one proportional to FTE.
   */
  @Value.Default
  @PositiveOrZero
  @Max(1_000_000)
  public long loadWeight() {
    return 1;
  }

  /** Price of moving a student away from this year's still-valid tutor when re-allocating: above anything else. */
  @Value.Default
  @PositiveOrZero
  @Max(MAX_PRICE)
  public long movePrice() {
    return 1_000_000;
  }

  /** Per complex need, what qualifies a tutor; a need without a rule here asks for training and 2 years. */
  public abstract Map<ComplexNeed, QualificationRule> qualifications();

  /** The rule for {@code need}, or the default: training required and two years' experience. */
  public QualificationRule qualificationFor(ComplexNeed need) {
    QualificationRule rule = qualifications().get(need);
    return rule != null ? rule : QualificationRule.of(2, true);
  }

  public boolean enforces(HardRule rule) {
    return enforcedRules().contains(rule);
  }

  @Value.Check
  void rulesThatCannotBeRelaxedAreEnforced() {
    for (HardRule rule : HardRule.values()) {
      if (!rule.canBeRelaxed() && !enforcedRules().contains(rule)) {
        throw InvalidValueException.of("AllocationPolicy", "enforcedRules", enforcedRules(), "must include " + rule);
      }
    }
  }
}
