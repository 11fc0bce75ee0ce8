package org.seniortutorkit.persistence.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.Actor;
import org.seniortutorkit.casework.CaseCommand;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseRole;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.ProgrammeCode;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.persistence.PersistenceException;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

class CaseEnvelopeTest {
  private static final String EVIDENCE = "GP letter about depression";
  private static final Actor SENIOR_TUTOR = Actor.of("T0001", CaseRole.SENIOR_TUTOR);

  private static StudentCase claimOpenedOn(LocalDate on) {
    Student student = Student.builder().id(StudentId.of("S1234567")).fullName("Sam Taylor")
        .department(DepartmentId.of("CHEM")).programme(ProgrammeCode.of("F100")).level(StudyLevel.UNDERGRADUATE)
        .yearOfStudy(2).entryYear(AcademicYear.of(2025)).build();
    return StudentCase.open(CaseKind.MITIGATING_CIRCUMSTANCES, CaseId.of("C-0007"), student, SENIOR_TUTOR, on,
        b -> b.addAffectedAssessments("CHEM201 exam").evidenceSummary(EVIDENCE));
  }

  @Test
  void a_case_is_filed_under_the_academic_year_it_was_opened_in() {
    assertThat(CaseEnvelope.seal(claimOpenedOn(LocalDate.of(2026, 8, 1))).academicYear())
        .isEqualTo(AcademicYear.of(2026));
    assertThat(CaseEnvelope.seal(claimOpenedOn(LocalDate.of(2027, 7, 31))).academicYear())
        .isEqualTo(AcademicYear.of(2026));
  }

  @Test
  void the_envelope_indexes_the_case_as_it_now_is() {
    StudentCase withPanel = claimOpenedOn(LocalDate.of(2026, 11, 2))
        .applyOrThrow(CaseCommand.SEND_TO_PANEL, SENIOR_TUTOR, LocalDate.of(2026, 11, 3));

    StoredCase sealed = CaseEnvelope.seal(withPanel);

    assertThat(sealed.id()).isEqualTo("C-0007");
    assertThat(sealed.kind()).isEqualTo("MITIGATING_CIRCUMSTANCES");
    assertThat(sealed.state()).isEqualTo("WITH_PANEL");
    assertThat(sealed.studentId()).isEqualTo(StudentId.of("S1234567"));
    assertThat(sealed.department()).isEqualTo(DepartmentId.of("CHEM"));
    assertThat(sealed.level()).isEqualTo(StudyLevel.UNDERGRADUATE);
  }

  @Test
  void an_opened_envelope_gives_back_the_case_exactly() {
    StudentCase claim = claimOpenedOn(LocalDate.of(2026, 11, 2));

    assertThat(CaseEnvelope.open(CaseEnvelope.seal(claim))).isEqualTo(claim);
  }

  @Test
  void an_unreadable_payload_names_the_case_and_the_path_but_never_the_evidence() {
    StoredCase sealed = CaseEnvelope.seal(claimOpenedOn(LocalDate.of(2026, 11, 2)));
    StoredCase broken = sealed.withPayload(sealed.payload().replace("\"evidenceSummary\"", "\"evidence\""));

    assertThatThrownBy(() -> CaseEnvelope.open(broken))
        .isInstanceOf(PersistenceException.class)
        .hasMessage("Case C-0007 is stored with a payload that is not a valid case (at $.evidence)")
        .hasNoCause();
  }

  @Test
  void a_payload_that_is_not_json_at_all_is_refused_without_quoting_it() {
    StoredCase garbled = CaseEnvelope.seal(claimOpenedOn(LocalDate.of(2026, 11, 2))).withPayload(EVIDENCE);

    assertThatThrownBy(() -> CaseEnvelope.open(garbled))
        .isInstanceOf(PersistenceException.class)
        .hasMessageNotContaining("depression");
  }
}
