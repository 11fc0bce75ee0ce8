package org.seniortutorkit.regulation;

import java.util.Optional;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.progression.ProgressionDecision;

/**
 * The rule that decides a student's progression after the year's results. A rule book holds at most one; the
 * sweep records its decision for every student with results and adds its finding when there is one.
 */
public interface ProgressionRule extends RegulationRule {
  /** The decision for the student's most recent year with results, or empty if they have no results. */
  Optional<ProgressionDecision> decide(StudentFile file, Policy policy);

  /** The finding for {@code decision}, or empty when the decision needs no one's attention. */
  Optional<Finding> findingFor(StudentFile file, ProgressionDecision decision, Policy policy);
}
