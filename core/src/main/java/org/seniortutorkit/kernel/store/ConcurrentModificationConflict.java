package org.seniortutorkit.kernel.store;

import org.seniortutorkit.kernel.Version;

/**
 * Thrown when a save or delete names a version that is no longer the stored one: someone else changed (or
 * created, or deleted) the aggregate first. Nothing was written. Reload, reapply the change, and save again.
 *
 * <p>The message names the aggregate, its id and both versions, never the aggregate's content (which may hold
 * special-category data): {@code Student S0001 was changed concurrently: expected v1 but the store has v2;
 * nothing was written}.
 */
public final class ConcurrentModificationConflict extends PersistenceException {
  private static final long serialVersionUID = 1L;

  private final String aggregate;
  private final String id;
  private final transient Version expected;
  private final transient Version actual;

  public ConcurrentModificationConflict(String aggregate, Object id, Version expected, Version actual) {
    super(aggregate + " " + id + " was changed concurrently: expected " + expected + " but the store has "
        + actual + "; nothing was written");
    this.aggregate = aggregate;
    this.id = String.valueOf(id);
    this.expected = expected;
    this.actual = actual;
  }

  /** The aggregate's type, e.g. {@code "Student"}. */
  public String aggregate() {
    return aggregate;
  }

  public String id() {
    return id;
  }

  /** The version the caller named. */
  public Version expected() {
    return expected;
  }

  /** The version the store holds; {@link Version#none()} if the aggregate does not exist. */
  public Version actual() {
    return actual;
  }
}
