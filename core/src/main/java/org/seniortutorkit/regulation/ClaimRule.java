package org.seniortutorkit.regulation;

import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.RegulationRule;
import org.seniortutorkit.regulation.StudentFile;

/**
 * A rule about one mitigating-circumstances claim; a finding is a reason the panel may not uphold it.
 * {@code file} holds the student's other claims (for limits); {@code calendar} gives terms when known.
 */
public interface ClaimRule extends RegulationRule {
  Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar);
}
