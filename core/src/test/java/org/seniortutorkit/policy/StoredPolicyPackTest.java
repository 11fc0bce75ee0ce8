package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.InvalidValueException;

class StoredPolicyPackTest {
  private static StoredPolicyPack pack() {
    return StoredPolicyPack.builder().id("UG-REGS").packVersion("2026.1").effectiveFrom(LocalDate.of(2026, 8, 1))
        .json("{}").build();
  }

  @Test
  void a_pack_is_in_force_from_its_first_day_to_its_last() {
    StoredPolicyPack superseded = pack().withEffectiveTo(LocalDate.of(2027, 7, 31));

    assertThat(superseded.isEffectiveOn(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(superseded.isEffectiveOn(LocalDate.of(2027, 7, 31))).isTrue();
    assertThat(superseded.isEffectiveOn(LocalDate.of(2027, 8, 1))).isFalse();
    assertThat(pack().isEffectiveOn(LocalDate.of(2040, 1, 1))).isTrue();
  }

  @Test
  void a_pack_that_ends_before_it_starts_is_refused() {
    assertThatThrownBy(() -> pack().withEffectiveTo(LocalDate.of(2026, 7, 31)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("StoredPolicyPack.effectiveTo = 2026-07-31 must not be before effectiveFrom 2026-08-01");
  }

  @Test
  void a_pack_id_with_spaces_is_refused() {
    assertThatThrownBy(() -> pack().withId("UG REGS"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("id");
  }
}
