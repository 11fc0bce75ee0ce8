package org.seniortutorkit.moodle.concerns;

import java.util.List;

/**
 * The outcome of sending concerns: delivered now, delivered by an earlier run, in doubt (an earlier run stopped
 * after sending; not resent so nobody gets it twice), refused, and skipped (unknown student or tutor).
 */
public record ConcernReport(List<String> delivered, List<String> alreadyDelivered, List<String> inDoubt,
    List<String> failed, List<String> skipped) {

  public boolean complete() {
    return inDoubt.isEmpty() && failed.isEmpty() && skipped.isEmpty();
  }

  public String summary() {
    return delivered.size() + " delivered, " + alreadyDelivered.size() + " already delivered, " + inDoubt.size()
        + " in doubt (check Moodle, then use --resend-in-doubt if missing), " + failed.size() + " failed, "
        + skipped.size() + " skipped";
  }
}
