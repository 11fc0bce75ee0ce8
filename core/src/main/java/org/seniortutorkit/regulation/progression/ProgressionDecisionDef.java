package org.seniortutorkit.regulation.progression;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StudentId;

/**
 * A student's progression outcome for a year, the modules that decided it and why, e.g.
 * {@code MAKE_GOOD_DEFICIENCIES by RESIT: failed CHEM201 (mark 28, below 30)}.
 */
@Value.Immutable
@JsonSerialize(as = ProgressionDecision.class)
@JsonDeserialize(as = ProgressionDecision.class)
abstract class ProgressionDecisionDef {
  public abstract StudentId student();

  public abstract AcademicYear academicYear();

  public abstract ProgressionOutcome outcome();

  /** Present when the outcome is to make good the deficiencies. */
  public abstract Optional<MakeGoodRoute> route();

  public abstract List<String> failedModules();

  public abstract List<String> compensatedModules();

  /** Failed modules whose attempts are used up. */
  public abstract List<String> exhaustedModules();

  /** Each regulation step that decided the outcome, in order. */
  public abstract List<String> reasons();

  public abstract String citation();

  /** 0 (progress) to 3 (required to withdraw): lower is better for the student. */
  public int rank() {
    switch (outcome()) {
      case PROGRESS:
        return 0;
      case MAKE_GOOD_DEFICIENCIES:
        return route().orElse(MakeGoodRoute.RESIT) == MakeGoodRoute.RESIT ? 1 : 2;
      default:
        return 3;
    }
  }

  /** The outcome and route in one word, e.g. MAKE_GOOD_DEFICIENCIES/RESIT. */
  public String summary() {
    return outcome() + route().map(r -> "/" + r).orElse("");
  }
}
