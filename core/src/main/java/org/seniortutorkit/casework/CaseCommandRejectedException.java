package org.seniortutorkit.casework;

/** Thrown by callers that treat a {@link Rejection} as an error; the message is the rejection's message. */
public final class CaseCommandRejectedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  public CaseCommandRejectedException(Rejection rejection) {
    super(rejection.message());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
