package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Page;
import org.seniortutorkit.kernel.store.PageRequest;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;

/**
 * The promises every aggregate repository keeps: create, read, update and delete with optimistic concurrency,
 * paging and streaming in id order. Each aggregate's contract extends this with its own round trips and queries.
 */
public abstract class AggregateContract<K, T, Q> extends ContractSupport {
  /** The repository under test, from a unit of work. */
  protected abstract AggregateRepository<K, T, Q> repository(UnitOfWork work);

  /** Sample {@code n}; samples sort by {@code n} in id order. */
  protected abstract T sample(int n);

  protected abstract K idOf(T value);

  /** {@code value} with some stored field changed. */
  protected abstract T changed(T value);

  /** The aggregate's name as conflicts report it, e.g. {@code "Student"}. */
  protected abstract String aggregateName();

  protected abstract Q everything();

  protected Versioned<T> create(T value) {
    return tx((UnitOfWork work) -> repository(work).save(value, Version.none()));
  }

  protected java.util.Optional<Versioned<T>> find(K id) {
    return tx((UnitOfWork work) -> repository(work).find(id));
  }

  @Test
  void creating_stores_the_value_at_the_first_version() {
    Versioned<T> created = create(sample(1));

    assertThat(created.version()).isEqualTo(Version.first());
    assertThat(find(idOf(sample(1)))).contains(Versioned.of(sample(1), Version.first()));
  }

  @Test
  void finding_an_unknown_id_finds_nothing() {
    create(sample(1));

    assertThat(find(idOf(sample(2)))).isEmpty();
  }

  @Test
  void saving_with_the_stored_version_replaces_the_value_and_moves_to_the_next_version() {
    Versioned<T> created = create(sample(1));

    Versioned<T> updated = tx((UnitOfWork work) -> repository(work).save(changed(sample(1)), created.version()));

    assertThat(updated.version()).isEqualTo(Version.of(2));
    assertThat(find(idOf(sample(1)))).contains(Versioned.of(changed(sample(1)), Version.of(2)));
  }

  @Test
  void saving_with_a_stale_version_fails_naming_aggregate_id_and_both_versions_and_overwrites_nothing() {
    Versioned<T> created = create(sample(1));
    tx((UnitOfWork work) -> repository(work).save(changed(sample(1)), created.version()));

    assertThatThrownBy(() -> tx((UnitOfWork work) -> repository(work).save(sample(1), created.version())))
        .isInstanceOfSatisfying(ConcurrentModificationConflict.class, conflict -> {
          assertThat(conflict.aggregate()).isEqualTo(aggregateName());
          assertThat(conflict.id()).isEqualTo(String.valueOf(idOf(sample(1))));
          assertThat(conflict.expected()).isEqualTo(Version.of(1));
          assertThat(conflict.actual()).isEqualTo(Version.of(2));
          assertThat(conflict.getMessage()).contains(aggregateName(), String.valueOf(idOf(sample(1))), "v1", "v2");
        });
    assertThat(find(idOf(sample(1)))).contains(Versioned.of(changed(sample(1)), Version.of(2)));
  }

  @Test
  void creating_what_exists_already_is_a_conflict_and_keeps_the_stored_value() {
    create(sample(1));

    assertThatThrownBy(() -> create(changed(sample(1))))
        .isInstanceOfSatisfying(ConcurrentModificationConflict.class, conflict -> {
          assertThat(conflict.expected()).isEqualTo(Version.none());
          assertThat(conflict.actual()).isEqualTo(Version.first());
        });
    assertThat(find(idOf(sample(1)))).contains(Versioned.of(sample(1), Version.first()));
  }

  @Test
  void updating_what_does_not_exist_is_a_conflict_and_creates_nothing() {
    assertThatThrownBy(() -> tx((UnitOfWork work) -> repository(work).save(sample(1), Version.first())))
        .isInstanceOfSatisfying(ConcurrentModificationConflict.class,
            conflict -> assertThat(conflict.actual()).isEqualTo(Version.none()));
    assertThat(find(idOf(sample(1)))).isEmpty();
  }

  @Test
  void deleting_with_the_stored_version_removes_the_value() {
    Versioned<T> created = create(sample(1));
    create(sample(2));

    run(work -> repository(work).delete(idOf(sample(1)), created.version()));

    assertThat(find(idOf(sample(1)))).isEmpty();
    assertThat(find(idOf(sample(2)))).isPresent();
  }

  @Test
  void deleting_with_a_stale_version_is_a_conflict_and_deletes_nothing() {
    Versioned<T> created = create(sample(1));
    tx((UnitOfWork work) -> repository(work).save(changed(sample(1)), created.version()));

    assertThatThrownBy(() -> run(work -> repository(work).delete(idOf(sample(1)), created.version())))
        .isInstanceOf(ConcurrentModificationConflict.class);
    assertThat(find(idOf(sample(1)))).isPresent();
  }

  @Test
  void deleting_what_does_not_exist_is_a_conflict() {
    assertThatThrownBy(() -> run(work -> repository(work).delete(idOf(sample(1)), Version.first())))
        .isInstanceOfSatisfying(ConcurrentModificationConflict.class,
            conflict -> assertThat(conflict.actual()).isEqualTo(Version.none()));
  }

  @Test
  void a_deleted_aggregate_can_be_created_again() {
    Versioned<T> created = create(sample(1));
    run(work -> repository(work).delete(idOf(sample(1)), created.version()));

    assertThat(create(changed(sample(1))).version()).isEqualTo(Version.first());
  }

  @Test
  void creating_many_at_once_stores_each_at_the_first_version() {
    run(work -> repository(work).createAll(IntStream.range(0, 30).mapToObj(this::sample).toList()));

    assertThat(tx((UnitOfWork work) -> repository(work).count(everything()))).isEqualTo(30);
    assertThat(find(idOf(sample(17)))).contains(Versioned.of(sample(17), Version.first()));
  }

  @Test
  void creating_many_when_one_exists_already_fails_and_writes_none_of_them() {
    create(sample(5));

    assertThatThrownBy(() -> run(work -> repository(work).createAll(
        IntStream.range(0, 10).mapToObj(this::sample).toList())))
        .isInstanceOf(ConcurrentModificationConflict.class);
    assertThat(tx((UnitOfWork work) -> repository(work).count(everything()))).isEqualTo(1);
  }

  @Test
  void pages_come_in_id_order_with_the_total() {
    run(work -> repository(work).createAll(
        IntStream.of(12, 3, 24, 0, 7, 19, 1, 5, 9, 22, 14, 2, 8, 20, 11, 4, 6, 23, 10, 13, 15, 17, 16, 21, 18)
            .mapToObj(this::sample).toList()));

    Page<Versioned<T>> first = tx((UnitOfWork work) -> repository(work).page(everything(), PageRequest.first(10)));
    Page<Versioned<T>> last = tx((UnitOfWork work) -> repository(work).page(everything(), PageRequest.of(2, 10)));
    Page<Versioned<T>> beyond = tx((UnitOfWork work) -> repository(work).page(everything(), PageRequest.of(3, 10)));

    assertThat(first.items()).extracting(Versioned::value)
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(this::sample).toList());
    assertThat(first.total()).isEqualTo(25);
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).extracting(Versioned::value)
        .containsExactlyElementsOf(IntStream.range(20, 25).mapToObj(this::sample).toList());
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
  }

  @Test
  void streams_read_everything_in_id_order() {
    run(work -> repository(work).createAll(
        IntStream.of(4, 1, 3, 0, 2).mapToObj(this::sample).toList()));

    List<T> streamed = tx((UnitOfWork work) -> {
      try (Stream<Versioned<T>> all = repository(work).stream(everything())) {
        return all.map(Versioned::value).toList();
      }
    });

    assertThat(streamed).containsExactlyElementsOf(IntStream.range(0, 5).mapToObj(this::sample).toList());
  }

  @Test
  void an_empty_store_has_no_results() {
    assertThat(tx((UnitOfWork work) -> repository(work).count(everything()))).isZero();
    assertThat(tx((UnitOfWork work) -> repository(work).page(everything(), PageRequest.first(5)).items())).isEmpty();
  }
}
