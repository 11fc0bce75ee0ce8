package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * What qualifies a tutor for one {@link org.seniortutorkit.student.ComplexNeed}: at least {@link #minExperienceYears()} of tutoring, and the
 * specific training when {@link #trainingRequired()}.
 */
@Value.Immutable
@JsonSerialize(as = QualificationRule.class)
@JsonDeserialize(as = QualificationRule.class)
abstract class QualificationRuleDef implements SelfValidating {
  @Value.Parameter
  @PositiveOrZero
  public abstract int minExperienceYears();

  @Value.Parameter
  public abstract boolean trainingRequired();

  public boolean qualifies(TutorCandidate tutor, ComplexNeed need) {
    return tutor.experienceYears() >= minExperienceYears() && (!trainingRequired() || tutor.trainedFor().contains(need));
  }

  @Override
  public String toString() {
    return (trainingRequired() ? "specific training and " : "") + "at least " + minExperienceYears() + " years' experience";
  }
}
