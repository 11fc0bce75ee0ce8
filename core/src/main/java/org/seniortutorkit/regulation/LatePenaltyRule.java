package org.seniortutorkit.regulation;

import java.util.List;
import java.util.Optional;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.mitigation.PenalisedMark;

/**
 * The rule that penalises late coursework, taking the student's claims into account. A rule book holds at most
 * one; the sweep applies it to every submission.
 */
public interface LatePenaltyRule extends RegulationRule {
  /** The mark after any penalty, or empty for work that has no mark yet. */
  Optional<PenalisedMark> apply(Submission submission, List<MitigatingCircumstancesClaim> claims,
      StudyLevel level, Policy policy);
}
