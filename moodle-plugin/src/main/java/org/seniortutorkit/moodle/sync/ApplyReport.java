package org.seniortutorkit.moodle.sync;

import java.util.List;
import java.util.Optional;

/**
 * What an {@code apply} did: how many operations Moodle applied, which batch it refused and why, which
 * operations are in doubt (the connection failed after sending), and how many were not attempted. Re-running
 * {@code apply} finishes the job: applied work is not repeated and work in doubt is sent again (it is idempotent).
 *
 * @param goneWithDeletedStudent unassignments Moodle could not make because the student (and so the assignment)
 *     no longer exists; counted as applied, and named in the summary
 * @param differsAfterApply operations Moodle answered as done but does not show when read back (cohort
 *     memberships; see {@code ReadBack}); they are in doubt, and the next apply sends them again
 */
public record ApplyReport(int applied, List<SyncOperation> failed, Optional<String> failure,
    List<SyncOperation> inDoubt, int notAttempted, List<SyncOperation> goneWithDeletedStudent,
    List<SyncOperation> differsAfterApply) {

  public boolean complete() {
    return failed.isEmpty() && inDoubt.isEmpty() && notAttempted == 0 && differsAfterApply.isEmpty()
        && failure.isEmpty();
  }

  public String summary() {
    String gone = goneWithDeletedStudent.isEmpty() ? "" : " (" + goneWithDeletedStudent.size()
        + " of them already gone: the student was deleted in Moodle, first " + goneWithDeletedStudent.get(0) + ")";
    if (complete()) {
      return "applied " + applied + " operation(s)" + gone + "; Moodle matches the plan";
    }
    StringBuilder text = new StringBuilder("applied " + applied + " operation(s)" + gone + ", then stopped: ");
    failure.ifPresent(text::append);
    if (!failed.isEmpty()) {
      text.append(" [refused: ").append(failed.size()).append(" operation(s), first ").append(failed.get(0))
          .append("]");
    }
    if (!inDoubt.isEmpty()) {
      text.append(" [in doubt: ").append(inDoubt.size()).append("]");
    }
    if (!differsAfterApply.isEmpty()) {
      text.append(" [Moodle does not show ").append(differsAfterApply.size()).append(" operation(s) it answered as "
          + "done, first ").append(differsAfterApply.get(0)).append("; they are marked in doubt]");
    }
    text.append(" [not attempted: ").append(notAttempted).append("]. Fix the cause and run apply again: ")
        .append("finished work is not repeated.");
    return text.toString();
  }
}
