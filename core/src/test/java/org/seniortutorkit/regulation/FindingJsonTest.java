package org.seniortutorkit.regulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;
import org.seniortutorkit.kernel.RuleId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.Subject;

/** A finding's JSON form: the rule id and outcome as plain strings, the subject as its kind and id. */
class FindingJsonTest {
  private final Finding finding = Finding.builder().ruleId(RuleId.of("PROG-OUTCOME")).citation("Regulations §7.1")
      .subject(Subject.student(StudentId.of("S2601295"))).severity(Severity.MEDIUM)
      .action(RecommendedAction.ESCALATE_TO_SENIOR_TUTOR).outcome(FindingOutcome.MAKE_GOOD_DEFICIENCIES_BY_RESIT)
      .explanation("failed CHEM201").addReferences("CHEM201").build();

  @Test
  void is_written_with_typed_values_as_plain_strings_and_the_subject_as_kind_and_id() {
    assertThat(SeniorTutorJson.write(finding)).isEqualTo("{\"ruleId\":\"PROG-OUTCOME\",\"citation\":\"Regulations §7.1\","
        + "\"subject\":{\"kind\":\"STUDENT\",\"id\":\"S2601295\"},\"severity\":\"MEDIUM\","
        + "\"action\":\"ESCALATE_TO_SENIOR_TUTOR\",\"outcome\":\"MAKE_GOOD_DEFICIENCIES/RESIT\","
        + "\"explanation\":\"failed CHEM201\",\"references\":[\"CHEM201\"]}");
  }

  @Test
  void reads_back_equal() {
    assertThat(SeniorTutorJson.read(SeniorTutorJson.write(finding), Finding.class)).isEqualTo(finding);
  }

  @Test
  void prints_as_before() {
    assertThat(finding).hasToString(
        "PROG-OUTCOME [Regulations §7.1] S2601295 MEDIUM ESCALATE_TO_SENIOR_TUTOR: failed CHEM201");
  }

  @Test
  void every_outcome_reads_back_from_its_label() {
    assertThat(Arrays.stream(FindingOutcome.values()).map(o -> FindingOutcome.ofLabel(o.label())))
        .containsExactly(FindingOutcome.values());
    assertThat(FindingOutcome.MAKE_GOOD_DEFICIENCIES_BY_REPEAT_YEAR).hasToString("MAKE_GOOD_DEFICIENCIES/REPEAT_YEAR");
    assertThat(FindingOutcome.ofStage(WithdrawalStage.SECOND_WARNING)).isEqualTo(FindingOutcome.SECOND_WARNING);
  }

  @Test
  void an_unknown_outcome_is_refused() {
    String json = SeniorTutorJson.write(finding).replace("MAKE_GOOD_DEFICIENCIES/RESIT", "MAYBE");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Finding.class)).isInstanceOf(JsonDocumentException.class);
  }
}
