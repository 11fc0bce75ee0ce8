package org.seniortutorkit.access;

/**
 * An access decision as a value: {@link Permit} under a rule, or {@link Deny} with the reason and rule. The
 * reason names people, students and record areas, never special-category content.
 */
public sealed interface AccessDecision permits AccessDecision.Permit, AccessDecision.Deny {
  AccessRule rule();

  boolean permitted();

  record Permit(AccessRule rule) implements AccessDecision {
    @Override
    public boolean permitted() {
      return true;
    }

    @Override
    public String toString() {
      return "Permit(" + rule + ")";
    }
  }

  record Deny(String reason, AccessRule rule) implements AccessDecision {
    @Override
    public boolean permitted() {
      return false;
    }

    @Override
    public String toString() {
      return "Deny(" + reason + ", " + rule + ")";
    }
  }
}
