package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.seniortutorkit.casework.CaseFixtures.EVIDENCE;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.StaffId;

/** Mitigation evidence never leaks into text: toString, events, notifications, rejections. */
class SensitiveDataTest {
  private final StudentCase claim = CaseFixtures.opened(CaseKind.MITIGATING_CIRCUMSTANCES);

  @Test
  void the_evidence_is_kept_on_the_case() {
    assertThat(claim.evidenceSummary()).contains(EVIDENCE);
  }

  @Test
  void the_case_to_string_redacts_the_evidence() {
    assertThat(claim.toString()).doesNotContain("bereavement").contains("evidenceSummary=<redacted>");
  }

  @Test
  void events_and_their_descriptions_carry_no_evidence() {
    CaseOutcome.Applied applied = (CaseOutcome.Applied) claim.apply(CaseCommand.SEND_TO_PANEL,
        Actor.of("T0001", CaseRole.SENIOR_TUTOR), CaseFixtures.OPENED);

    assertThat(applied.event().toString()).doesNotContain("bereavement");
    assertThat(applied.event().describe()).doesNotContain("bereavement");
  }

  @Test
  void rejections_carry_no_evidence() {
    Rejection rejection = claim.apply(CaseCommand.UPHOLD, Actor.of("T0042", CaseRole.PERSONAL_TUTOR),
        CaseFixtures.OPENED).rejection().orElseThrow();

    assertThat(rejection.toString()).doesNotContain("bereavement");
    assertThat(rejection.message()).doesNotContain("bereavement");
  }

  @Test
  void notifications_of_a_referral_do_not_name_the_service() {
    CollectingNotificationPublisher published = new CollectingNotificationPublisher();
    CaseNotifications notifications = new CaseNotifications(published, (d, l) -> Set.of(StaffId.of("T0001")));
    StudentCase referral = CaseFixtures.opened(CaseKind.REFERRAL);

    notifications.publish(CaseEvent.of(referral));

    assertThat(published.published()).singleElement().satisfies(n -> {
      assertThat(n.text()).isEqualTo("Your tutee S1234567 was referred to a support service (case C-2).");
      assertThat(n.toString()).doesNotContain("wellbeing").doesNotContain("Wellbeing");
    });
  }
}
