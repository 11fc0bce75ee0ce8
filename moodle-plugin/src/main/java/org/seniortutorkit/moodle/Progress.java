package org.seniortutorkit.moodle;

/** Told how far a long Moodle operation has got, e.g. to draw a progress bar on a terminal. */
@FunctionalInterface
public interface Progress {
  Progress NONE = (step, done, total) -> { };

  /** {@code done} of {@code total} units of {@code step} ("courses", "assignments") are finished. */
  void update(String step, int done, int total);
}
