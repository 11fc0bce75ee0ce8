package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.FacultyId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.RuleId;

class PolicyLayersTest {
  private static final LocalDate ON = LocalDate.of(2026, 10, 1);
  private static final DepartmentId MED = DepartmentId.of("MED");
  private static final FacultyId FMED = FacultyId.of("FMED");

  private final PolicyPack institution = DefaultPolicyPack.load();
  private final PolicyPack faculty = narrower("fmed", PolicyLayer.FACULTY, "FMED",
      Map.of("panels.quorum", 5, "monitoring.attendance.thresholdPercent", 80));
  private final PolicyPack medicine = narrower("med", PolicyLayer.DEPARTMENT, "MED",
      Map.of("department.seniorTutorsSupportiveOnly", true, "monitoring.attendance.thresholdPercent", 90));

  private static PolicyPack narrower(String id, PolicyLayer layer, String scope, Map<String, Object> settings) {
    return PolicyPack.builder().id(id).version("2026.1").layer(layer).appliesTo(scope)
        .effectiveFrom(LocalDate.of(2026, 8, 1)).putAllSettings(settings)
        .putCitations("PANEL-SUPPORTIVE-ONLY", "School of Medicine Student Support Policy §2.1").build();
  }

  @Test
  void the_narrowest_layer_that_names_a_setting_wins() {
    Policy policy = PolicyLayers.of(List.of(institution, faculty, medicine)).resolve(MED, Optional.of(FMED), ON);
    assertThat(policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT)).isEqualTo(90);
    assertThat(policy.number(PolicySetting.PANEL_QUORUM)).isEqualTo(5);
    assertThat(policy.number(PolicySetting.PASS_MARK_UNDERGRADUATE)).isEqualTo(40);
    assertThat(policy.flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)).isTrue();
  }

  @Test
  void resolution_explains_which_layer_each_setting_came_from() {
    Policy policy = PolicyLayers.of(List.of(institution, faculty, medicine)).resolve(MED, Optional.of(FMED), ON);
    assertThat(policy.source(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY).layer()).contains(PolicyLayer.DEPARTMENT);
    assertThat(policy.source(PolicySetting.PANEL_QUORUM).layer()).contains(PolicyLayer.FACULTY);
    assertThat(policy.source(PolicySetting.PASS_MARK_UNDERGRADUATE).toString())
        .isEqualTo("default-institution@2026.1 (INSTITUTION)");
    assertThat(policy.explain()).hasSize(PolicySetting.values().length)
        .anySatisfy(s -> assertThat(s.toString())
            .isEqualTo("department.seniorTutorsSupportiveOnly = true from med@2026.1 (DEPARTMENT)"));
    assertThat(policy.citation(RuleId.of("PANEL-SUPPORTIVE-ONLY"))).contains("School of Medicine Student Support Policy §2.1");
  }

  @Test
  void another_department_gets_only_the_institution_and_its_faculty() {
    Policy policy = PolicyLayers.of(List.of(institution, faculty, medicine))
        .resolve(DepartmentId.of("CHEM"), Optional.of(FacultyId.of("FSCI")), ON);
    assertThat(policy.flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)).isFalse();
    assertThat(policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT)).isEqualTo(70);
  }

  @Test
  void a_pack_not_yet_in_force_is_ignored() {
    PolicyPack later = medicine.withEffectiveFrom(LocalDate.of(2027, 1, 1));
    Policy policy = PolicyLayers.of(List.of(institution, later)).resolve(MED, Optional.of(FMED), ON);
    assertThat(policy.flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)).isFalse();
  }

  @Test
  void a_what_if_setting_overrides_every_layer_and_says_so() {
    PolicyLayers layers = PolicyLayers.of(List.of(institution, medicine))
        .withSetting(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT, 60);
    Policy policy = layers.resolve(MED, Optional.empty(), ON);
    assertThat(policy.number(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT)).isEqualTo(60);
    assertThat(policy.source(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT).pack()).isEqualTo(SettingSource.WHAT_IF);
  }

  @Test
  void replacing_a_pack_swaps_the_one_for_the_same_layer_and_scope() {
    PolicyPack stricter = medicine.withVersion("2026.2").withSettings(Map.of("panels.quorum", 7));
    Policy policy = PolicyLayers.of(List.of(institution, medicine)).replacing(stricter)
        .resolve(MED, Optional.empty(), ON);
    assertThat(policy.number(PolicySetting.PANEL_QUORUM)).isEqualTo(7);
    assertThat(policy.flag(PolicySetting.SENIOR_TUTORS_SUPPORTIVE_ONLY)).isFalse();
  }

  @Test
  void without_an_institution_pack_in_force_nothing_resolves() {
    assertThatThrownBy(() -> PolicyLayers.of(List.of(institution)).resolveInstitution(LocalDate.of(2027, 9, 1)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must include an INSTITUTION pack");
  }

  @Test
  void two_institution_packs_in_force_at_once_are_ambiguous() {
    PolicyPack other = institution.withId("other");
    assertThatThrownBy(() -> PolicyLayers.of(List.of(institution, other)).resolveInstitution(ON))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must not have two INSTITUTION packs");
  }

  @Test
  void an_institution_pack_that_leaves_settings_out_is_incomplete() {
    PolicyPack partial = institution.withSettings(Map.of("panels.quorum", 3));
    assertThatThrownBy(() -> PolicyLayers.of(List.of(partial)).resolveInstitution(ON))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must all be set");
  }

  @Test
  void a_what_if_value_out_of_range_is_refused() {
    assertThatThrownBy(() -> PolicyLayers.of(List.of(institution))
        .withSetting(PolicySetting.ATTENDANCE_THRESHOLD_PERCENT, 101))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("must be between 0 and 100");
  }
}
