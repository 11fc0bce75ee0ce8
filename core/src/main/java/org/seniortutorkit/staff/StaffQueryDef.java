package org.seniortutorkit.staff;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;

/** Which staff to read: every criterion given must match. */
@Value.Immutable
abstract class StaffQueryDef {
  public abstract Optional<DepartmentId> department();

  public abstract Optional<StaffRole> role();

  public static StaffQuery all() {
    return StaffQuery.builder().build();
  }

  public boolean matches(StaffMember member) {
    return department().map(member.department()::equals).orElse(true)
        && role().map(member::holds).orElse(true);
  }
}
