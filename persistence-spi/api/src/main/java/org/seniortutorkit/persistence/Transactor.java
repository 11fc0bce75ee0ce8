package org.seniortutorkit.persistence;

import java.util.function.Consumer;

/**
 * Runs work in a transaction: all of its writes are committed together, or, if it throws, none are.
 *
 * <pre>{@code
 * Versioned<Student> saved = transactor.inTransaction(work -> {
 *   work.assignments().save(assignment, Version.none());
 *   return work.students().save(student, Version.none());
 * });
 * }</pre>
 */
public interface Transactor {
  /**
   * Runs {@code work} in a new transaction and commits it, or rolls it back whole if {@code work} throws (the
   * exception is rethrown unchanged).
   */
  <R> R inTransaction(TransactionalWork<R> work);

  /** {@link #inTransaction(TransactionalWork)} for work without a result. */
  default void run(Consumer<UnitOfWork> work) {
    inTransaction(unit -> {
      work.accept(unit);
      return null;
    });
  }
}
