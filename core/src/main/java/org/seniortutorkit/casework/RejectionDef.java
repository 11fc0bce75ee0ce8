package org.seniortutorkit.casework;

import java.util.Optional;
import org.seniortutorkit.kernel.CaseId;

import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Why a command was refused: the case, its state, the command, the actor and the reason. Its {@link #message()}
 * never includes special-category data.
 */
@Value.Immutable
abstract class RejectionDef implements SelfValidating {
  public abstract CaseId caseId();

  public abstract CaseKind kind();

  /** The state the case was (and still is) in; empty when the refused command was to open it. */
  public abstract Optional<CaseState> state();

  public abstract String command();

  public abstract Actor actor();

  public abstract String reason();

  /** E.g. {@code Case C-1 (CONCERN) in state RAISED refused UPHOLD by T0042 as PERSONAL_TUTOR: no UPHOLD ...}. */
  public String message() {
    return "Case " + caseId() + " (" + kind() + ") in state " + state().map(CaseState::name).orElse("(not opened)")
        + " refused " + command() + " by "
        + actor() + ": " + reason();
  }
}
