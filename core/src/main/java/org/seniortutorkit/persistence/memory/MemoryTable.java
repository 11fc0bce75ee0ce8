package org.seniortutorkit.persistence.memory;

import java.util.Comparator;
import java.util.List;
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

/** One aggregate's table: a sorted map from id to the stored value, changed only inside a transaction. */
abstract class MemoryTable<K, T, Q> implements AggregateRepository<K, T, Q> {
  /** How a table is keyed and ordered, and how it takes part in transactions. */
  record Spec<K, T>(String aggregate, Function<T, K> key, Comparator<K> order, Runnable guard, UndoLog undo) {}

  private final Spec<K, T> spec;
  private final BiPredicate<Q, T> matches;
  private final NavigableMap<K, Versioned<T>> rows;

  MemoryTable(Spec<K, T> spec, BiPredicate<Q, T> matches) {
    this.spec = spec;
    this.matches = matches;
    this.rows = new TreeMap<>(spec.order());
  }

  @Override
  public Optional<Versioned<T>> find(K id) {
    spec.guard().run();
    return Optional.ofNullable(rows.get(id));
  }

  @Override
  public Versioned<T> save(T value, Version expected) {
    spec.guard().run();
    K id = spec.key().apply(value);
    Version actual = versionOf(id);
    if (!actual.equals(expected)) {
      throw new ConcurrentModificationConflict(spec.aggregate(), id, expected, actual);
    }
    return put(id, Versioned.of(value, expected.next()));
  }

  @Override
  public void createAll(Iterable<? extends T> values) {
    for (T value : values) {
      save(value, Version.none());
    }
  }

  @Override
  public void delete(K id, Version expected) {
    spec.guard().run();
    Version actual = versionOf(id);
    if (actual.isNone() || !actual.equals(expected)) {
      throw new ConcurrentModificationConflict(spec.aggregate(), id, expected, actual);
    }
    Versioned<T> previous = rows.remove(id);
    spec.undo().record(() -> rows.put(id, previous));
  }

  @Override
  public Page<Versioned<T>> page(Q query, PageRequest request) {
    List<Versioned<T>> items;
    try (Stream<Versioned<T>> all = stream(query)) {
      items = all.skip(request.offset()).limit(request.size()).toList();
    }
    return new Page<>(items, request, count(query));
  }

  @Override
  public Stream<Versioned<T>> stream(Q query) {
    spec.guard().run();
    return rows.values().stream().filter(row -> matches.test(query, row.value()));
  }

  @Override
  public long count(Q query) {
    try (Stream<Versioned<T>> all = stream(query)) {
      return all.count();
    }
  }

  private Version versionOf(K id) {
    Versioned<T> stored = rows.get(id);
    return stored == null ? Version.none() : stored.version();
  }

  private Versioned<T> put(K id, Versioned<T> row) {
    Versioned<T> previous = rows.put(id, row);
    spec.undo().record(() -> {
      if (previous == null) {
        rows.remove(id);
      } else {
        rows.put(id, previous);
      }
    });
    return row;
  }
}
