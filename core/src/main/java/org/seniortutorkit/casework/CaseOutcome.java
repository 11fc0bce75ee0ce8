package org.seniortutorkit.casework;

import java.util.Optional;

/** The result of a command: the case after the transition and its event, or the rejection. */
public sealed interface CaseOutcome permits CaseOutcome.Applied, CaseOutcome.Rejected {

  static CaseOutcome applied(StudentCase after) {
    return new Applied(after, CaseEvent.of(after));
  }

  static CaseOutcome rejected(Rejection rejection) {
    return new Rejected(rejection);
  }

  /** The new case, or throws {@link CaseCommandRejectedException}. */
  StudentCase orElseThrow();

  Optional<Rejection> rejection();

  /** The command was applied: {@code after} is the new case, {@code event} says what happened. */
  record Applied(StudentCase after, CaseEvent event) implements CaseOutcome {
    @Override
    public StudentCase orElseThrow() {
      return after;
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.empty();
    }
  }

  /** The command was refused; the case is unchanged. */
  record Rejected(Rejection why) implements CaseOutcome {
    @Override
    public StudentCase orElseThrow() {
      throw new CaseCommandRejectedException(why);
    }

    @Override
    public Optional<Rejection> rejection() {
      return Optional.of(why);
    }
  }
}
