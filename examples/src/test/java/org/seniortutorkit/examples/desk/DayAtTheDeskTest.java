package org.seniortutorkit.examples.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.ConcernSource;

class DayAtTheDeskTest {
  private final DayAtTheDesk.Result day = DayAtTheDesk.run();

  @Test
  void the_audit_chain_of_the_day_verifies() {
    assertThat(day.auditVerification().isIntact()).isTrue();
    assertThat(day.lines()).last().asString().startsWith("Open at the end of the day:");
    assertThat(day.lines()).anyMatch(l -> l.startsWith("Audit log: 20 entries; audit chain intact (20 entries)"));
  }

  @Test
  void concerns_are_raised_by_a_tutor_and_by_a_monitoring_finding() {
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.CONCERN)
        .extracting(c -> c.concernSource().orElseThrow())
        .containsExactlyInAnyOrder(ConcernSource.MONITORING_FINDING, ConcernSource.TUTOR);
  }

  @Test
  void one_concern_is_escalated_and_referred_to_the_wellbeing_adviser() {
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.REFERRAL).singleElement()
        .satisfies(r -> assertThat(r.state()).isEqualTo(CaseState.ACCEPTED_BY_SERVICE));
    assertThat(day.lines()).anyMatch(l -> l.contains("REFERRAL of S1234567 to the Student Wellbeing Adviser"));
  }

  @Test
  void the_mitigating_circumstances_claim_reaches_the_panels_outcome() {
    assertThat(day.cases()).filteredOn(c -> c.kind() == CaseKind.MITIGATING_CIRCUMSTANCES).singleElement()
        .satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.UPHELD));
  }

  @Test
  void nothing_printed_or_sent_carries_special_category_data() {
    String everything = String.join("\n", day.lines()) + day.notifications();

    assertThat(everything).doesNotContain(DeskPeople.PRIYAS_EVIDENCE).doesNotContain("hospital")
        .doesNotContain("DISABILITY_SUPPORT_PLAN");
  }

  @Test
  void a_look_outside_the_panel_pack_is_refused() {
    assertThat(day.lines()).anyMatch(l -> l.contains("P0007 asked for S1234567's record: refused"));
  }
}
