package org.seniortutorkit.access;

import java.util.Optional;
import org.seniortutorkit.kernel.StaffId;

/**
 * The port an embedder implements to say who an authenticated member of staff is: given the principal its own
 * authentication established (single sign-on, a session), the {@link Viewer} built from the university's
 * identity and role records. The desk's principal entry points (e.g.
 * {@link StudentRecordDesk#viewStudent(StaffId, org.seniortutorkit.student.Student, Purpose)}) resolve the viewer
 * here, so a caller cannot vouch for its own roles, tutees or panel seats.
 *
 * <pre>{@code
 * ViewerSource viewers = new StaffRecordViewers(staff, institution, assignments, today);
 * StudentRecordDesk desk = new StudentRecordDesk(policy, audit, viewers);
 * desk.viewStudent(authenticatedStaffId, student, Purpose.PASTORAL_SUPPORT);
 * }</pre>
 */
@FunctionalInterface
public interface ViewerSource {
  /** A source that knows nobody: every principal entry point of a desk built with it is denied. */
  static ViewerSource nobody() {
    return principal -> Optional.empty();
  }

  /**
   * The viewer for {@code principal}, as the records say today, or empty if they know no such member of
   * staff. {@code principal} must come from authentication, not from the request being served.
   */
  Optional<Viewer> viewerFor(StaffId principal);
}
