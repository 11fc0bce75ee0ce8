package org.seniortutorkit.access;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seniortutorkit.institution.Department;
import org.seniortutorkit.institution.Institution;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.tutoring.TutorAssignment;

/**
 * A {@link ViewerSource} over the staff records: roles from each {@link StaffMember}, tutees from the tutor
 * assignments of the academic year containing the given day, and the supportive-only flag from the member's
 * department in the institution. Panel seats and referrals are not staff records, so its viewers have none;
 * an embedder that records them adds them (e.g. {@code viewer.withPanelCases(...)}) from its case records.
 *
 * <pre>{@code
 * new StaffRecordViewers(records.staff(), institution, records.assignments(), today).viewerFor(StaffId.of("T0042"));
 * }</pre>
 */
public final class StaffRecordViewers implements ViewerSource {
  private final Map<StaffId, StaffMember> staff;
  private final Institution institution;
  private final Map<StaffId, Set<StudentId>> tutees = new HashMap<>();

  /** Viewers as the records stand on {@code day}: only assignments of the year containing it count. */
  public StaffRecordViewers(Collection<StaffMember> staff, Institution institution,
      Collection<TutorAssignment> assignments, LocalDate day) {
    this.staff = staff.stream().collect(Collectors.toUnmodifiableMap(StaffMember::id, Function.identity()));
    this.institution = institution;
    assignments.stream().filter(a -> a.academicYear().contains(day))
        .forEach(a -> tutees.computeIfAbsent(a.tutor(), t -> new HashSet<>()).add(a.student()));
  }

  /**
   * The member's viewer, or empty if there is no staff record for {@code principal} or their department is
   * not in the institution (a viewer without a department record cannot be told whether it is supportive only).
   */
  @Override
  public Optional<Viewer> viewerFor(StaffId principal) {
    StaffMember member = staff.get(principal);
    if (member == null) {
      return Optional.empty();
    }
    Optional<Department> department = institution.department(member.department());
    return department.map(d -> Viewer.of(member, d, tutees.getOrDefault(principal, Set.of())));
  }
}
