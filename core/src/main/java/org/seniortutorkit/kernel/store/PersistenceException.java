package org.seniortutorkit.kernel.store;

/**
 * A store refused or failed an operation. Adapters wrap their own failures (e.g. {@code SQLException}) in it,
 * so callers depend on core's ports only. Messages never carry special-category data.
 */
public class PersistenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PersistenceException(String message) {
    super(message);
  }

  public PersistenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
