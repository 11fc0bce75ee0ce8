package org.seniortutorkit.regulation;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.policy.Policy;

/** A rule about one student, read from their {@link StudentFile}. */
public interface StudentRule extends RegulationRule {
  Optional<Finding> check(StudentFile file, Policy policy, LocalDate asOf);
}
