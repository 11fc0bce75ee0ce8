package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * A student's agreed mark for one attempt at a module. Checked by hand rather than by Jakarta Validation:
 * millions of these are built in a sweep, and a reflective validator per result would dominate the cost.
 */
@Value.Immutable
@JsonSerialize(as = ModuleResult.class)
@JsonDeserialize(as = ModuleResult.class)
abstract class ModuleResultDef {
  public abstract StudentId student();

  /** Module code, e.g. {@code CHEM101}. */
  public abstract String module();

  public abstract AcademicYear academicYear();

  public abstract int credits();

  /** The agreed mark, 0-100, before any resit cap. */
  public abstract int mark();

  /** 1 for the first attempt, 2 for the first resit, and so on. */
  @Value.Default
  public int attempt() {
    return 1;
  }

  /**
   * A core (must-pass) module of the student's programme: however close the mark and whatever the average, it
   * is never compensated, so failing it means making it good.
   */
  @Value.Default
  public boolean core() {
    return false;
  }

  public boolean isReassessment() {
    return attempt() > 1;
  }

  @Value.Check
  void inRange() {
    if (module().isBlank()) {
      throw InvalidValueException.of("ModuleResult", "module", module(), "must not be blank");
    }
    if (credits() < 1 || credits() > 180) {
      throw InvalidValueException.of("ModuleResult", "credits", credits(), "must be between 1 and 180");
    }
    if (mark() < 0 || mark() > 100) {
      throw InvalidValueException.of("ModuleResult", "mark", mark(), "must be between 0 and 100");
    }
    if (attempt() < 1 || attempt() > 10) {
      throw InvalidValueException.of("ModuleResult", "attempt", attempt(), "must be between 1 and 10");
    }
  }
}
