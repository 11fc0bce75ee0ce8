package org.seniortutorkit.kernel.store;

import org.seniortutorkit.kernel.Version;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every aggregate's repository offers. Use it only inside {@link Transactions#inTransaction}; everything
 * a unit of work writes is committed together or not at all.
 *
 * @param <K> the aggregate's id
 * @param <T> the aggregate
 * @param <Q> its query: every query can narrow by department, level and academic year where the aggregate has them
 */
public interface AggregateRepository<K, T, Q> {
  Optional<Versioned<T>> find(K id);

  /**
   * Creates ({@code expected} = {@link Version#none()}) or replaces ({@code expected} = the stored version)
   * {@code value}, returning it with its new version.
   *
   * @throws ConcurrentModificationConflict if {@code expected} is not the stored version; nothing is written
   */
  Versioned<T> save(T value, Version expected);

  /**
   * Creates many aggregates at {@link Version#first()}, batching the writes: for imports and bulk loads.
   *
   * @throws ConcurrentModificationConflict if any of them exists already
   */
  void createAll(Iterable<? extends T> values);

  /**
   * Deletes the aggregate if it is still at {@code expected}.
   *
   * @throws ConcurrentModificationConflict if it is not (or no longer exists); nothing is deleted
   */
  void delete(K id, Version expected);

  /** One page of the results, in id order. */
  Page<Versioned<T>> page(Q query, PageRequest request);

  /**
   * All the results in id order, read lazily so that memory stays bounded however many there are. The stream
   * holds store resources (a cursor): close it, with try-with-resources, before the unit of work ends.
   */
  Stream<Versioned<T>> stream(Q query);

  long count(Q query);
}
