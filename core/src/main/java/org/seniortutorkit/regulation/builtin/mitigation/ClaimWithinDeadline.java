package org.seniortutorkit.regulation.builtin.mitigation;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.institution.AcademicCalendar;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.policy.Policy;
import org.seniortutorkit.policy.PolicySetting;
import org.seniortutorkit.regulation.ClaimRule;
import org.seniortutorkit.regulation.Finding;
import org.seniortutorkit.regulation.FindingOutcome;
import org.seniortutorkit.regulation.MitigatingCircumstancesClaim;
import org.seniortutorkit.regulation.StudentFile;

/**
 * MIT-DEADLINE: a claim is made within N working days after the assessment (weekends and institution
 * holidays do not count). With N = 5 and an assessment on Friday 30 April 2027, the May bank holiday moves
 * the last day from Friday 7 to Monday 10 May.
 */
public final class ClaimWithinDeadline implements ClaimRule {
  @Override
  public RuleId id() {
    return RuleId.of("MIT-DEADLINE");
  }

  @Override
  public String title() {
    return "Claim made within N working days of the assessment";
  }

  /** The last day a claim against an assessment on {@code assessmentDate} is in time. */
  public static LocalDate lastDay(LocalDate assessmentDate, Policy policy) {
    return policy.workingDays().plusWorkingDays(assessmentDate,
        policy.number(PolicySetting.CLAIM_WINDOW_WORKING_DAYS));
  }

  @Override
  public Optional<Finding> check(MitigatingCircumstancesClaim claim, StudentFile file, Policy policy,
      Optional<AcademicCalendar> calendar) {
    LocalDate lastDay = lastDay(claim.assessmentDate(), policy);
    if (!claim.submittedOn().isAfter(lastDay)) {
      return Optional.empty();
    }
    long late = policy.workingDays().workingDaysBetween(lastDay, claim.submittedOn());
    return Optional.of(ClaimFindings.against(this, policy, claim, FindingOutcome.OUT_OF_TIME,
        "made on " + claim.submittedOn() + ", " + late + " working day(s) after the last day " + lastDay + " ("
            + policy.number(PolicySetting.CLAIM_WINDOW_WORKING_DAYS) + " working days after "
            + claim.assessmentDate() + ")"));
  }
}
