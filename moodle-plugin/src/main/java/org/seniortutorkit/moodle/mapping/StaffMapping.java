package org.seniortutorkit.moodle.mapping;

import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.moodle.config.MoodleConfig;
import org.seniortutorkit.moodle.records.StaffRecord;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;
import org.seniortutorkit.kernel.InvalidValueException;

/**
 * Staff holding a configured course role, as domain {@link StaffMember}s who may be Personal Tutors. Moodle
 * knows nothing of training, leave or FTE: those come from the department's own records.
 */
public final class StaffMapping {
  private StaffMapping() {}

  public static Mapped<StaffMember> staff(List<StaffRecord> records, MoodleConfig config) {
    List<StaffMember> staff = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (StaffRecord record : records) {
      try {
        staff.add(StaffMember.builder()
            .id(StaffId.of(record.staffNumber()))
            .fullName(record.fullName())
            .email(record.email().filter(e -> e.contains("@")))
            .department(DepartmentId.of(config.department()))
            .addRoles(StaffRole.PERSONAL_TUTOR)
            .build());
      } catch (InvalidValueException e) {
        problems.add("staff member " + record.moodleUserId() + ": " + e.getMessage());
      }
    }
    return new Mapped<>(List.copyOf(staff), List.copyOf(problems));
  }
}
