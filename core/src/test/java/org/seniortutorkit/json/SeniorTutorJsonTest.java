package org.seniortutorkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.testing.Samples;

class SeniorTutorJsonTest {
  private static final String STUDENT = """
      {"id":"S1","fullName":"Sam","department":"CHEM","programme":"F100","level":"UNDERGRADUATE",
       "yearOfStudy":%s,"entryYear":"2026/27","complexNeeds":[]}""";

  @Test
  void a_student_round_trips_with_iso_dates_and_labels() {
    Student student = Samples.student();
    String json = SeniorTutorJson.write(student);
    assertThat(json).contains("\"entryYear\":\"2026/27\"").contains("\"id\":\"S1234567\"");
    assertThat(SeniorTutorJson.read(json, Student.class)).isEqualTo(student);
  }

  @Test
  void a_broken_rule_names_the_json_path_the_value_and_the_rule() {
    assertThatThrownBy(() -> SeniorTutorJson.read(STUDENT.formatted("0"), Student.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessage("$.yearOfStudy = 0 must be greater than or equal to 1");
  }

  @Test
  void a_missing_field_is_named() {
    String json = "{\"id\":\"S1\"}";
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .hasMessageContaining("$.fullName = missing is required");
  }

  @Test
  void an_unknown_enum_value_lists_the_allowed_ones() {
    String json = STUDENT.formatted("1").replace("UNDERGRADUATE", "PHD");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .hasMessageContaining("$.level = PHD must be a valid StudyLevel (one of [UNDERGRADUATE, POSTGRADUATE_TAUGHT])");
  }

  @Test
  void a_bad_nested_identifier_names_its_path() {
    String json = STUDENT.formatted("1").replace("\"S1\"", "\"S 1\"");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .hasMessageContaining("$.id")
        .hasMessageContaining("\"S 1\"")
        .hasMessageContaining("must be 1-64 letters");
  }

  @Test
  void an_unknown_field_is_refused() {
    String json = STUDENT.formatted("1").replace("\"fullName\"", "\"nickname\":\"x\",\"fullName\"");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .hasMessageContaining("\"nickname\" is not a known field");
  }

  @Test
  void malformed_json_is_reported_with_its_location() {
    assertThatThrownBy(() -> SeniorTutorJson.read("{\"id\": ", Student.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessageContaining("must be well-formed JSON");
  }

  @Test
  void an_invalid_special_category_value_is_never_echoed() {
    String json = STUDENT.formatted("1").replace("\"complexNeeds\":[]", "\"complexNeeds\":[\"HIV_STATUS\"]");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessageContaining("$.complexNeeds").hasMessageNotContaining("HIV");
  }

  @Test
  void an_invalid_complex_need_says_which_entry_and_what_is_allowed_but_not_the_text() {
    String json = "[" + STUDENT.formatted("1") + "," + STUDENT.formatted("1").replace("\"complexNeeds\":[]",
        "\"complexNeeds\":[\"Autism spectrum disorder, HIV positive\"]") + "]";
    assertThatThrownBy(() -> SeniorTutorJson.read(json, new com.fasterxml.jackson.core.type.TypeReference<
        java.util.List<Student>>() {}))
        .hasMessageStartingWith("$[1].complexNeeds[0] = (withheld: special category) must be a valid ComplexNeed")
        .hasMessageContaining("DISABILITY_SUPPORT_PLAN")
        .hasMessageNotContaining("HIV").hasMessageNotContaining("Autism");
  }

  @Test
  void a_key_given_twice_is_refused_rather_than_the_last_one_winning() {
    String json = STUDENT.formatted("1").replace("\"id\":\"S1\",", "\"id\":\"S1\",\"id\":\"S2\",");
    assertThatThrownBy(() -> SeniorTutorJson.read(json, Student.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessageContaining("Duplicate field 'id'");
  }

  @Test
  void a_fraction_where_a_whole_number_belongs_is_refused_not_truncated() {
    assertThatThrownBy(() -> SeniorTutorJson.read(STUDENT.formatted("2.9"), Student.class))
        .isInstanceOf(JsonDocumentException.class)
        .hasMessageContaining("$.yearOfStudy");
  }
}
