package org.seniortutorkit.kernel.store;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work in one transaction: everything it writes through its unit {@code W} is committed together, or, if
 * it throws, none of it is. A capability names the unit it needs (e.g. the cases and the audit log), so it can
 * take any store that offers at least that, without depending on every other capability's repositories.
 *
 * @param <W> what the work reads and writes through, valid only while the transaction runs
 */
public interface Transactions<W> {
  /**
   * Runs {@code work} in a new transaction and commits it, or rolls it back whole if {@code work} throws (the
   * exception is rethrown unchanged).
   */
  <R> R inTransaction(Function<? super W, R> work);

  /** {@link #inTransaction(Function)} for work without a result. */
  default void run(Consumer<? super W> work) {
    inTransaction(unit -> {
      work.accept(unit);
      return null;
    });
  }
}
