package org.seniortutorkit.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;

class PolicyPackTest {
  private static String pack(String layer, String appliesTo, String settings) {
    return "{\"id\":\"p\",\"version\":\"1\",\"layer\":\"" + layer + "\"" + appliesTo
        + ",\"effectiveFrom\":\"2026-08-01\",\"settings\":" + settings + "}";
  }

  private static JsonDocumentException failure(String json) {
    try {
      SeniorTutorJson.read(json, PolicyPack.class);
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("expected the pack to be refused: " + json);
  }

  @Test
  void a_department_pack_overrides_named_settings_only() {
    PolicyPack pack = SeniorTutorJson.read(pack("DEPARTMENT", ",\"appliesTo\":\"MED\"",
        "{\"department.seniorTutorsSupportiveOnly\": true}"), PolicyPack.class);
    assertThat(pack.settings()).containsOnlyKeys("department.seniorTutorsSupportiveOnly");
    assertThat(pack.label()).isEqualTo("p@1");
  }

  @Test
  void an_unknown_setting_is_refused_with_its_path() {
    assertThat(failure(pack("INSTITUTION", "", "{\"monitoring.atendance\": 3}")).getMessage())
        .isEqualTo("$.settings['monitoring.atendance'] = 3 is not a known setting (see docs/policy.md)");
  }

  @Test
  void a_setting_of_the_wrong_kind_is_refused() {
    assertThat(failure(pack("INSTITUTION", "", "{\"panels.quorum\": \"three\"}")).getMessage())
        .isEqualTo("$.settings['panels.quorum'] = \"three\" must be a whole number");
    assertThat(failure(pack("INSTITUTION", "", "{\"mitigation.evidenceRequired\": 1}")).getMessage())
        .isEqualTo("$.settings['mitigation.evidenceRequired'] = 1 must be true or false");
  }

  @Test
  void a_bad_holiday_date_is_refused() {
    assertThat(failure(pack("INSTITUTION", "", "{\"calendar.holidays\": [\"2026-13-01\"]}")).getMessage())
        .contains("$.settings['calendar.holidays']").contains("bad: 2026-13-01");
  }

  @Test
  void a_narrower_pack_must_say_what_it_applies_to() {
    assertThat(failure(pack("FACULTY", "", "{}")).getMessage())
        .isEqualTo("$.appliesTo = null must name the faculty or department a FACULTY pack applies to");
  }

  @Test
  void the_institution_pack_applies_everywhere() {
    assertThat(failure(pack("INSTITUTION", ",\"appliesTo\":\"MED\"", "{}")).getMessage())
        .isEqualTo("$.appliesTo = \"MED\" must be absent for an INSTITUTION pack");
  }

  @Test
  void it_cannot_end_before_it_starts() {
    String json = pack("INSTITUTION", ",\"effectiveTo\":\"2026-07-31\"", "{}");
    assertThat(failure(json).getMessage())
        .isEqualTo("$.effectiveTo = 2026-07-31 must not be before effectiveFrom 2026-08-01");
  }

  @Test
  void citations_name_rules_and_cite_something() {
    String json = pack("INSTITUTION", ",\"citations\":{\"MON-ATTENDANCE\":\" \"}", "{}");
    assertThat(failure(json).getMessage())
        .isEqualTo("$.citations['MON-ATTENDANCE'] = \" \" must cite a regulation or policy section");
  }

  @Test
  void malformed_json_is_refused() {
    assertThatThrownBy(() -> SeniorTutorJson.read("{\"id\": ", PolicyPack.class))
        .isInstanceOf(JsonDocumentException.class).hasMessageContaining("well-formed JSON");
  }
}
