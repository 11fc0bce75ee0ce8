package org.seniortutorkit.casework;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Conditions beyond the transition table: dates. A transition table says what may happen; a guard says
 * whether it may happen now.
 */
final class CaseGuards {
  private CaseGuards() {}

  /** Why {@code command} on {@code on} is refused, or empty if it may go ahead. */
  static Optional<String> refusal(StudentCase c, CaseCommand command, LocalDate on) {
    if (on.isBefore(c.lastActivityOn())) {
      return Optional.of("it is dated " + on + ", before the case's last activity on " + c.lastActivityOn());
    }
    if (c.kind() == CaseKind.NOMINATION) {
      LocalDate deadline = c.deadline().orElseThrow();
      if (command == CaseCommand.SUBMIT && on.isAfter(deadline)) {
        return Optional.of("the nomination deadline " + deadline + " has passed (it is " + on + ")");
      }
      if (command == CaseCommand.LAPSE && !on.isAfter(deadline)) {
        return Optional.of("the nomination deadline " + deadline + " has not passed yet (it is " + on + ")");
      }
    }
    return Optional.empty();
  }
}
