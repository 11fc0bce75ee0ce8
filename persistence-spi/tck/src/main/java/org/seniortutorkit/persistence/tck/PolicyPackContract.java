package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.policy.PolicyPackKey;
import org.seniortutorkit.policy.PolicyPackQuery;
import org.seniortutorkit.policy.StoredPolicyPack;

/** Policy packs: editions side by side, found by the date they are in force. */
public abstract class PolicyPackContract
    extends AggregateContract<PolicyPackKey, StoredPolicyPack, PolicyPackQuery> {
  @Override
  protected AggregateRepository<PolicyPackKey, StoredPolicyPack, PolicyPackQuery> repository(UnitOfWork work) {
    return work.policyPacks();
  }

  @Override
  protected StoredPolicyPack sample(int n) {
    return TckData.policyPack(String.format("PACK%03d", n), "1", LocalDate.of(2026, 8, 1));
  }

  @Override
  protected PolicyPackKey idOf(StoredPolicyPack value) {
    return value.key();
  }

  @Override
  protected StoredPolicyPack changed(StoredPolicyPack value) {
    return value.withEffectiveTo(LocalDate.of(2027, 7, 31)).withJson("{\"changed\":true}");
  }

  @Override
  protected String aggregateName() {
    return "PolicyPack";
  }

  @Override
  protected PolicyPackQuery everything() {
    return PolicyPackQuery.all();
  }

  @Test
  void editions_of_a_pack_are_stored_side_by_side_and_found_by_the_date_in_force() {
    StoredPolicyPack first = TckData.policyPack("UG-REGS", "2025.1", LocalDate.of(2025, 8, 1))
        .withEffectiveTo(LocalDate.of(2026, 7, 31));
    StoredPolicyPack second = TckData.policyPack("UG-REGS", "2026.1", LocalDate.of(2026, 8, 1));
    create(first);
    create(second);

    assertThat(find(first.key()).orElseThrow().value()).isEqualTo(first);
    assertThat(tx((UnitOfWork work) -> work.policyPacks().page(
        PolicyPackQuery.builder().id("UG-REGS").effectiveOn(LocalDate.of(2026, 1, 10)).build(),
        org.seniortutorkit.kernel.store.PageRequest.first(5)).items()))
        .singleElement().satisfies(v -> assertThat(v.value()).isEqualTo(first));
    assertThat(tx((UnitOfWork work) -> work.policyPacks().count(
        PolicyPackQuery.builder().effectiveOn(LocalDate.of(2030, 1, 1)).build()))).isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.policyPacks().count(
        PolicyPackQuery.builder().effectiveOn(LocalDate.of(2000, 1, 1)).build()))).isZero();
  }
}
