package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import java.util.Optional;

/** Someone else changed the case since it was read: re-read it and decide again. */
public final class StaleCaseException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public StaleCaseException(CaseId id, Optional<Version> expected, Optional<Version> stored) {
    super("Case " + id + " was expected at " + expected.map(Version::toString).orElse("(new)")
        + " but is stored at " + stored.map(Version::toString).orElse("(absent)"));
  }
}
