package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.regulation.RuleBook;
import org.seniortutorkit.regulation.RegulationRule;
import org.seniortutorkit.regulation.builtin.BuiltInRules;

class DefaultPolicyPackTest {
  private final PolicyPack pack = DefaultPolicyPack.load();

  @Test
  void loads_as_the_institution_layer_for_2026_27() {
    assertThat(pack.layer()).isEqualTo(PolicyLayer.INSTITUTION);
    assertThat(pack.inForceOn(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(pack.inForceOn(LocalDate.of(2027, 8, 1))).isFalse();
  }

  @Test
  void sets_every_setting_the_engine_knows() {
    assertThat(pack.settings().keySet())
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(PolicySetting.values()).map(PolicySetting::key).toList());
  }

  @Test
  void cites_every_current_rule_and_no_other() {
    List<String> ruleIds = BuiltInRules.current().all().stream().map(r -> r.id().value()).toList();
    assertThat(pack.citations().keySet()).containsExactlyInAnyOrderElementsOf(ruleIds);
    Policy policy = PolicyLayers.of(List.of(pack)).resolveInstitution(LocalDate.of(2026, 10, 1));
    assertThat(BuiltInRules.current().uncited(policy)).isEmpty();
  }

  @Test
  void has_the_research_intensive_uk_figures() {
    Policy policy = PolicyLayers.of(List.of(pack)).resolveInstitution(LocalDate.of(2026, 10, 1));
    assertThat(policy.passMark(StudyLevel.UNDERGRADUATE)).isEqualTo(40);
    assertThat(policy.passMark(StudyLevel.POSTGRADUATE_TAUGHT)).isEqualTo(50);
    assertThat(policy.compensationMaxCredits(StudyLevel.UNDERGRADUATE)).isEqualTo(30);
    assertThat(policy.workingDays().isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
  }

  @Test
  void round_trips_through_json() {
    assertThat(SeniorTutorJson.read(SeniorTutorJson.write(pack), PolicyPack.class)).isEqualTo(pack);
  }

  @Test
  void an_edited_copy_with_a_bad_figure_fails_naming_path_value_and_rule() {
    String edited = DefaultPolicyPack.json().replace("\"progression.passMark.undergraduate\": 40",
        "\"progression.passMark.undergraduate\": 140");
    assertThatThrownBy(() -> SeniorTutorJson.read(edited, PolicyPack.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessage("$.settings['progression.passMark.undergraduate'] = 140 must be between 0 and 100");
  }
}
