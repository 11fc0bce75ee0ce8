package org.seniortutorkit.examples.adapter;

import java.util.Comparator;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Page;
import org.seniortutorkit.kernel.store.PageRequest;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;

/**
 * One aggregate in a sorted map. The three things every adapter must get right are marked: the version check
 * before any write, the undo step after it, and id order for pages and streams.
 */
abstract class MapRepository<K, T, Q> implements AggregateRepository<K, T, Q> {
  private final String aggregate;
  private final Function<T, K> idOf;
  private final BiPredicate<Q, T> matches;
  private final Rollback rollback;
  private final NavigableMap<K, Versioned<T>> rows;

  MapRepository(String aggregate, Function<T, K> idOf, Comparator<K> idOrder, BiPredicate<Q, T> matches,
      Rollback rollback) {
    this.aggregate = aggregate;
    this.idOf = idOf;
    this.matches = matches;
    this.rollback = rollback;
    this.rows = new TreeMap<>(idOrder);   // id order: pages and streams come out sorted
  }

  @Override
  public Optional<Versioned<T>> find(K id) {
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Versioned<T> save(T value, Version expected) {
    K id = idOf.apply(value);
    Version actual = versionOf(id);
    if (!actual.equals(expected)) {   // the version check: a stale writer changes nothing
      throw new ConcurrentModificationConflict(aggregate, id, expected, actual);
    }
    Versioned<T> saved = Versioned.of(value, expected.next());
    Versioned<T> before = rows.put(id, saved);
    rollback.onUndo(() -> restore(id, before));   // the undo step
    return saved;
  }

  @Override
  public void createAll(Iterable<? extends T> values) {
    values.forEach(value -> save(value, Version.none()));
  }

  @Override
  public void delete(K id, Version expected) {
    Version actual = versionOf(id);
    if (actual.isNone() || !actual.equals(expected)) {
      throw new ConcurrentModificationConflict(aggregate, id, expected, actual);
    }
    Versioned<T> before = rows.remove(id);
    rollback.onUndo(() -> restore(id, before));
  }

  @Override
  public Page<Versioned<T>> page(Q query, PageRequest request) {
    try (Stream<Versioned<T>> matching = stream(query)) {
      return new Page<>(matching.skip(request.offset()).limit(request.size()).toList(), request, count(query));
    }
  }

  @Override
  public Stream<Versioned<T>> stream(Q query) {
    return rows.values().stream().filter(row -> matches.test(query, row.value()));   // lazy: no copy
  }

  @Override
  public long count(Q query) {
    try (Stream<Versioned<T>> matching = stream(query)) {
      return matching.count();
    }
  }

  private Version versionOf(K id) {
    Versioned<T> stored = rows.get(id);
    return stored == null ? Version.none() : stored.version();
  }

  private void restore(K id, Versioned<T> before) {
    if (before == null) {
      rows.remove(id);
    } else {
      rows.put(id, before);
    }
  }
}
