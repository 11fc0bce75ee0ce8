package org.seniortutorkit.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A member of staff appointed Senior Tutor of a department for one level and academic year. Senior Tutors are
 * appointed each year and managed by the institution's Chief Student Services Officer.
 */
@Value.Immutable
@JsonSerialize(as = SeniorTutorAppointment.class)
@JsonDeserialize(as = SeniorTutorAppointment.class)
abstract class SeniorTutorAppointmentDef implements SelfValidating {
  @Value.Parameter
  @NotNull
  public abstract StaffId seniorTutor();

  @Value.Parameter
  @NotNull
  public abstract StudyLevel level();

  @Value.Parameter
  @NotNull
  public abstract AcademicYear academicYear();
}
