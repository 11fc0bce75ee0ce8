package org.seniortutorkit.allocation;

/**
 * A goal the allocation pursues at a price set by the {@link AllocationPolicy}: each unmet goal adds an integer
 * cost, and the engine minimises the total. Explanations cite these identifiers with the cost paid.
 */
public enum SoftGoal {
  /** Keep last year's tutor; price {@link AllocationPolicy#continuityCost()} when not kept. */
  CONTINUITY,
  /** Spread tutees in proportion to FTE; a convex price per extra tutee ({@link AllocationPolicy#loadWeight()}). */
  LOAD_BALANCE,
  /** Match the tutor's programmes or research areas; price {@link AllocationPolicy#subjectMismatchCost()}. */
  SUBJECT_MATCH,
  /** Honour a student's or tutor's stated preference; price {@link AllocationPolicy#preferenceUnmetCost()}. */
  PREFERENCE,
  /** When re-allocating, keep this year's still-valid assignments; price {@link AllocationPolicy#movePrice()}. */
  MINIMAL_DISRUPTION
}
