package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;

/** The JSON form of a case: plain identifiers, versions and ISO dates; a bad document names the path. */
class StudentCaseJsonTest {
  private static final Actor TUTOR = Actor.of("T0042", CaseRole.PERSONAL_TUTOR);

  private static String escalatedConcern() {
    StudentCase escalated = CaseFixtures.opened(CaseKind.CONCERN)
        .applyOrThrow(CaseCommand.ESCALATE, TUTOR, CaseFixtures.OPENED);
    return SeniorTutorJson.write(escalated);
  }

  private static JsonDocumentException readFailure(String json) {
    try {
      SeniorTutorJson.read(json, StudentCase.class);
    } catch (JsonDocumentException e) {
      return e;
    }
    throw new AssertionError("the document was read without complaint");
  }

  @Test
  void versions_ids_and_dates_are_plain_json_values() {
    String json = escalatedConcern();

    assertThat(json).contains("\"id\":\"C-0\"", "\"version\":2", "\"openedOn\":\"2026-10-01\"",
        "\"service\":\"wellbeing-adviser\"", "\"actor\":{\"id\":\"T0042\",\"role\":\"PERSONAL_TUTOR\"}");
  }

  @Test
  void the_evidence_summary_is_part_of_the_document() {
    StudentCase claim = CaseFixtures.opened(CaseKind.MITIGATING_CIRCUMSTANCES);

    assertThat(SeniorTutorJson.write(claim)).contains(CaseFixtures.EVIDENCE);
  }

  @Test
  void an_unknown_field_is_refused_by_name() {
    String json = escalatedConcern().replaceFirst("\\{", "{\"priority\":\"high\",");

    assertThatThrownBy(() -> SeniorTutorJson.read(json, StudentCase.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessageStartingWith("$.priority = \"priority\" is not a known field");
  }

  @Test
  void a_missing_field_is_named() {
    String json = escalatedConcern().replace("\"kind\":\"CONCERN\",", "");

    assertThat(readFailure(json)).hasMessage("$.kind = missing is required");
  }

  @Test
  void an_unknown_state_names_its_path_and_the_allowed_values() {
    String json = escalatedConcern().replace("\"state\":\"ESCALATED\"", "\"state\":\"FORGOTTEN\"");

    assertThat(readFailure(json)).hasMessageStartingWith("$.state = FORGOTTEN must be a valid CaseState (one of [");
  }

  @Test
  void a_bad_version_inside_the_history_names_its_path() {
    String json = escalatedConcern().replace("\"version\":2}", "\"version\":0}");

    assertThat(readFailure(json))
        .hasMessage("$.history[0].version = none must be v2 or later: a case opens at v1 and each step moves it on");
  }

  @Test
  void a_state_its_history_does_not_lead_to_is_refused() {
    String json = escalatedConcern().replace("\"state\":\"ESCALATED\"", "\"state\":\"ACKNOWLEDGED\"");

    assertThat(readFailure(json)).hasMessage("$.state = ACKNOWLEDGED must be ESCALATED as its history says");
  }

  @Test
  void a_refused_document_never_repeats_the_evidence() {
    StudentCase claim = CaseFixtures.opened(CaseKind.MITIGATING_CIRCUMSTANCES);
    String tooLong = CaseFixtures.EVIDENCE.repeat(400);
    String json = SeniorTutorJson.write(claim).replace(CaseFixtures.EVIDENCE, tooLong);

    JsonDocumentException failure = readFailure(json);

    assertThat(failure.getMessage()).startsWith("$.evidenceSummary = <redacted>").doesNotContain(CaseFixtures.EVIDENCE);
  }
}
