package org.seniortutorkit.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.json.JsonDocumentException;
import org.seniortutorkit.json.SeniorTutorJson;

class SubjectTest {
  private final List<Subject> everyKind = List.of(Subject.student(StudentId.of("S1234567")),
      Subject.tutor(StaffId.of("T0042")), Subject.studentCase(CaseId.of("C-0001")), Subject.claim(ClaimId.of("MC-01")),
      Subject.panel(PanelId.of("DISC-2026-014")));

  @Test
  void json_names_the_kind_and_the_id() {
    assertThat(everyKind).extracting(SeniorTutorJson::write).containsExactly(
        "{\"kind\":\"STUDENT\",\"id\":\"S1234567\"}", "{\"kind\":\"TUTOR\",\"id\":\"T0042\"}",
        "{\"kind\":\"CASE\",\"id\":\"C-0001\"}", "{\"kind\":\"CLAIM\",\"id\":\"MC-01\"}",
        "{\"kind\":\"PANEL\",\"id\":\"DISC-2026-014\"}");
  }

  @Test
  void each_kind_reads_back_as_itself() {
    for (Subject subject : everyKind) {
      assertThat(SeniorTutorJson.read(SeniorTutorJson.write(subject), Subject.class)).isEqualTo(subject);
    }
  }

  @Test
  void a_students_and_a_tutors_subject_with_the_same_text_differ() {
    assertThat(Subject.student(StudentId.of("X1"))).isNotEqualTo(Subject.tutor(StaffId.of("X1")))
        .hasToString("X1");
  }

  @Test
  void an_unknown_kind_is_refused() {
    assertThatThrownBy(() -> SeniorTutorJson.read("{\"kind\":\"COURSE\",\"id\":\"X1\"}", Subject.class))
        .isInstanceOf(JsonDocumentException.class);
  }
}
