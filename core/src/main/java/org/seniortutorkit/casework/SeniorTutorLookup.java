package org.seniortutorkit.casework;

import java.util.Set;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StaffId;

/**
 * Who the Senior Tutors of a department are for a level, so escalations reach them. Typically backed by
 * {@code Department.seniorTutors(level, year)}.
 */
@FunctionalInterface
public interface SeniorTutorLookup {
  Set<StaffId> seniorTutors(DepartmentId department, StudyLevel level);
}
