package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;

/** Each typed getter answers only for settings of its kind, and names the setting and its kind otherwise. */
class PolicyTypedGettersTest {
  private final Policy policy = PolicyLayers.of(List.of(DefaultPolicyPack.load()))
      .resolve(DepartmentId.of("CHEM"), Optional.empty(), LocalDate.of(2026, 10, 1))
      .with(PolicySetting.HOLIDAYS, List.of("2026-12-25"));

  @Test
  void number_refuses_a_dates_setting_instead_of_answering_zero() {
    assertThatThrownBy(() -> policy.number(PolicySetting.HOLIDAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Policy.number(HOLIDAYS): calendar.holidays is of kind DATES, not INTEGER");
  }

  @Test
  void number_refuses_a_boolean_setting() {
    assertThatThrownBy(() -> policy.number(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("department.seniorTutorsSupportiveOnly is of kind BOOLEAN, not INTEGER");
  }

  @Test
  void flag_refuses_an_integer_setting_instead_of_answering_false() {
    assertThatThrownBy(() -> policy.flag(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Policy.flag(ATTENDANCE_THRESHOLD_PERCENT): monitoring.attendance.thresholdPercent is of kind"
            + " INTEGER, not BOOLEAN");
  }

  @Test
  void dates_refuses_an_integer_setting() {
    assertThatThrownBy(() -> policy.dates(PolicySetting.PANEL_QUORUM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PANEL_QUORUM").hasMessageContaining("is of kind INTEGER, not DATES");
  }

  @Test
  void each_getter_answers_for_its_own_kind() {
    assertThat(policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT)).isEqualTo(70);
    assertThat(policy.flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)).isFalse();
    assertThat(policy.dates(PolicySetting.HOLIDAYS)).containsExactly(LocalDate.of(2026, 12, 25));
  }

  @Test
  void every_setting_is_answered_by_exactly_the_getter_of_its_kind() {
    for (PolicySetting setting : PolicySetting.values()) {
      int answered = 0;
      answered += answers(() -> policy.number(setting));
      answered += answers(() -> policy.flag(setting));
      answered += answers(() -> policy.dates(setting));
      assertThat(answered).as(setting.name()).isEqualTo(1);
    }
  }

  private static int answers(Runnable getter) {
    try {
      getter.run();
      return 1;
    } catch (IllegalArgumentException e) {
      return 0;
    }
  }
}
