package org.seniortutorkit.persistence.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;

class StoredCaseTest {
  private static StoredCase stored() {
    return StoredCase.builder().id("C1").kind("MITIGATING_CIRCUMSTANCES").studentId(StudentId.of("S1"))
        .department(DepartmentId.of("CHEM")).level(StudyLevel.UNDERGRADUATE).academicYear(AcademicYear.of(2026))
        .state("OPEN").payload("{\"evidence\":\"GP letter about depression\"}").build();
  }

  @Test
  void the_payload_never_appears_in_to_string() {
    assertThat(stored().toString()).contains("C1").doesNotContain("depression");
  }

  @Test
  void a_query_matches_only_cases_meeting_every_criterion() {
    CaseQuery query = CaseQuery.builder().department(DepartmentId.of("CHEM")).academicYear(AcademicYear.of(2026))
        .build();

    assertThat(query.matches(stored())).isTrue();
    assertThat(query.matches(stored().withAcademicYear(AcademicYear.of(2025)))).isFalse();
    assertThat(CaseQuery.all().matches(stored())).isTrue();
  }

  @Test
  void a_blank_payload_is_refused_without_echoing_it() {
    assertThatThrownBy(() -> stored().withPayload(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("payload = <redacted>");
  }
}
