package org.seniortutorkit.tutoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/** A student's Personal Tutor for one academic year, and how that came about. */
@Value.Immutable
@JsonSerialize(as = TutorAssignment.class)
@JsonDeserialize(as = TutorAssignment.class)
abstract class TutorAssignmentDef implements SelfValidating {
  public abstract StudentId student();

  public abstract StaffId tutor();

  public abstract AcademicYear academicYear();

  public abstract AssignmentOrigin origin();

  public abstract LocalDate madeOn();

  public boolean isPinned() {
    return origin() == AssignmentOrigin.PINNED;
  }

  @Value.Check
  void madeNoLaterThanTheYearEnds() {
    if (madeOn().isAfter(academicYear().endsOn())) {
      throw InvalidValueException.of("TutorAssignment", "madeOn", madeOn(),
          "must not be after the end of " + academicYear() + " (" + academicYear().endsOn() + ")");
    }
  }
}
