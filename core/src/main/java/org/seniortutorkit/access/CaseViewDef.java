package org.seniortutorkit.access;

import org.immutables.value.Value;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.SelfValidating;

/** A case as one viewer may see it: its evidence left out unless they were permitted it. */
@Value.Immutable
abstract class CaseViewDef implements SelfValidating {
  @Value.Parameter
  public abstract StudentCase studentCase();

  @Value.Parameter
  public abstract boolean evidenceWithheld();

  /** The view of {@code c}, with its evidence cleared unless {@code evidenceShown}. */
  public static CaseView forViewer(StudentCase c, boolean evidenceShown) {
    return evidenceShown
        ? CaseView.of(c, false)
        : CaseView.of(c.withEvidenceSummary(java.util.Optional.empty()), true);
  }
}
