package org.seniortutorkit.monitoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;

/**
 * One registered session (lecture, lab, tutorial) and whether the student attended. Millions of these are
 * swept, so the type stays small and carries no reflective validation (it has nothing to check).
 */
@Value.Immutable
@JsonSerialize(as = AttendanceEvent.class)
@JsonDeserialize(as = AttendanceEvent.class)
abstract class AttendanceEventDef {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  public abstract LocalDate on();

  @Value.Parameter
  public abstract boolean attended();
}
