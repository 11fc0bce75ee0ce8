package org.seniortutorkit.persistence;

/**
 * A store refused or failed an operation. Adapters wrap their own failures (e.g. {@code SQLException}) in it,
 * so callers depend on the SPI only. Messages never carry special-category data.
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
