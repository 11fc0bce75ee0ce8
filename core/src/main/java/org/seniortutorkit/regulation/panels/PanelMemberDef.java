package org.seniortutorkit.regulation.panels;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.StaffId;

/** A proposed panel member: where they work, whether they are a Senior Tutor, and any declared conflict. */
@Value.Immutable
@JsonSerialize(as = PanelMember.class)
@JsonDeserialize(as = PanelMember.class)
abstract class PanelMemberDef {
  public abstract StaffId staff();

  public abstract DepartmentId department();

  public abstract FacultyId faculty();

  @Value.Default
  public boolean seniorTutor() {
    return false;
  }

  /** Declared or known conflict of interest with the case (e.g. they teach or tutor the student). */
  @Value.Default
  public boolean conflictOfInterest() {
    return false;
  }
}
