package org.seniortutorkit.progress;

/**
 * Told how far long work has got, so a command line can draw a progress bar or a service can report status.
 * The core never prints; it only calls this port.
 *
 * <p>Work may run on several threads, so implementations must be thread-safe; calls may arrive out of order
 * ({@code done} is a count of finished parts, not a sequence number). Keep them cheap: they are called once per
 * part of the work (a department's allocation, a batch of students), not per item.
 *
 * <pre>{@code
 * Allocation allocation = PersonalTutorAllocator.allocate(request,
 *     (step, done, total) -> System.err.printf("%s %d/%d%n", step, done, total));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /** {@code done} of {@code total} parts of {@code step} are finished. */
  void advanced(String step, long done, long total);

  /** A listener that ignores progress. */
  static ProgressListener none() {
    return (step, done, total) -> {};
  }
}
