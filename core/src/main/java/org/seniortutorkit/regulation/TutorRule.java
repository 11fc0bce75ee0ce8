package org.seniortutorkit.regulation;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.policy.Policy;

/** A rule about one Personal Tutor and their tutees. */
public interface TutorRule extends RegulationRule {
  Optional<Finding> check(TutorCaseload caseload, Policy policy, LocalDate asOf);
}
