package org.seniortutorkit.access;

/** Thrown by callers that treat a {@link AccessDecision.Deny} as an error. */
public final class AccessDeniedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient AccessDecision.Deny decision;

  public AccessDeniedException(AccessDecision.Deny decision) {
    super("access denied (" + decision.rule() + "): " + decision.reason());
    this.decision = decision;
  }

  public AccessDecision.Deny decision() {
    return decision;
  }
}
