package org.seniortutorkit.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/** A sponsored student's attendance over the reporting period, as a percentage of expected contact points. */
@Value.Immutable
@JsonSerialize(as = AttendanceRecord.class)
@JsonDeserialize(as = AttendanceRecord.class)
abstract class AttendanceRecordDef implements SelfValidating {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  @DecimalMin("0.0")
  @DecimalMax("100.0")
  public abstract double attendancePercent();
}
