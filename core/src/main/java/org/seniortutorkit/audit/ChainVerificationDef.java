package org.seniortutorkit.audit;

import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** The result of verifying an audit chain: intact, or the first break with what kind it is and where. */
@Value.Immutable
abstract class ChainVerificationDef implements SelfValidating {
  public abstract int entriesChecked();

  public abstract Optional<ChainBreakKind> breakKind();

  /** The position (0-based) in the list where the first break shows. */
  public abstract Optional<Integer> position();

  public abstract Optional<String> explanation();

  public static ChainVerification intact(int entries) {
    return ChainVerification.builder().entriesChecked(entries).build();
  }

  public static ChainVerification broken(int checked, ChainBreakKind kind, int position, String explanation) {
    return ChainVerification.builder().entriesChecked(checked).breakKind(kind).position(position)
        .explanation(explanation).build();
  }

  public boolean isIntact() {
    return breakKind().isEmpty();
  }

  /** One line, e.g. {@code audit chain intact (12 entries)} or {@code audit chain broken: EDITED at #3: ...}. */
  public String summary() {
    return isIntact()
        ? "audit chain intact (" + entriesChecked() + " entries)"
        : "audit chain broken: " + breakKind().orElseThrow() + " at position " + position().orElseThrow() + ": "
            + explanation().orElseThrow();
  }
}
