package org.seniortutorkit.kernel;

import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.store.Versioned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void none_comes_before_the_first_version_and_saving_moves_to_the_next() {
    assertThat(Version.none().next()).isEqualTo(Version.first());
    assertThat(Version.first().next()).isEqualTo(Version.of(2));
    assertThat(Version.none()).isLessThan(Version.first());
  }

  @Test
  void versions_read_as_none_or_v_and_a_number() {
    assertThat(Version.none()).hasToString("none");
    assertThat(Version.of(7)).hasToString("v7");
  }

  @Test
  void a_negative_version_is_refused() {
    assertThatThrownBy(() -> Version.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Version.number = -1 must be greater than or equal to 0");
  }

  @Test
  void a_stored_value_never_has_version_none() {
    assertThatThrownBy(() -> Versioned.of("x", Version.none()))
        .hasMessageContaining("must be a stored version");
  }

  @Test
  void a_conflict_names_aggregate_id_and_both_versions() {
    ConcurrentModificationConflict conflict =
        new ConcurrentModificationConflict("Student", "S0000001", Version.first(), Version.of(2));

    assertThat(conflict).hasMessage(
        "Student S0000001 was changed concurrently: expected v1 but the store has v2; nothing was written");
    assertThat(conflict.aggregate()).isEqualTo("Student");
    assertThat(conflict.id()).isEqualTo("S0000001");
  }
}
