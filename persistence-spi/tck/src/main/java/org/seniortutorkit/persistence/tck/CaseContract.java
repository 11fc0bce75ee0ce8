package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.casework.CaseKind;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.CaseState;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;

/**
 * Cases: core's {@link StudentCase} round-trips whole, evidence and history included; queries narrow by
 * department, level, the academic year the case was opened in, student, kind and state.
 */
public abstract class CaseContract extends AggregateContract<CaseId, StudentCase, CaseQuery> {
  @Override
  protected AggregateRepository<CaseId, StudentCase, CaseQuery> repository(UnitOfWork work) {
    return work.cases();
  }

  @Override
  protected StudentCase sample(int n) {
    return TckData.studentCase(n);
  }

  @Override
  protected CaseId idOf(StudentCase value) {
    return value.id();
  }

  @Override
  protected StudentCase changed(StudentCase value) {
    return value.withDisciplinary(!value.disciplinary());
  }

  @Override
  protected String aggregateName() {
    return "Case";
  }

  @Override
  protected CaseQuery everything() {
    return CaseQuery.all();
  }

  @Test
  void a_case_round_trips_with_its_history_and_its_evidence_character_for_character() {
    StudentCase withPanel = TckData.studentCase(6);
    create(withPanel);

    StudentCase read = find(withPanel.id()).orElseThrow().value();

    assertThat(read).isEqualTo(withPanel);
    assertThat(read.history()).hasSize(1);
    assertThat(read.evidenceSummary()).contains("GP letter about anxiety, case 6 (é李)");
  }

  @Test
  void queries_narrow_by_department_level_academic_year_kind_and_state() {
    run(work -> work.cases().createAll(IntStream.range(0, 48).mapToObj(TckData::studentCase).toList()));
    CaseQuery query = CaseQuery.builder().department(DepartmentId.of("CHEM")).level(StudyLevel.UNDERGRADUATE)
        .academicYear(AcademicYear.of(2025)).kind(CaseKind.MITIGATING_CIRCUMSTANCES).state(CaseState.SUBMITTED)
        .build();
    long expected = IntStream.range(0, 48).mapToObj(TckData::studentCase).filter(query::matches).count();

    assertThat(expected).isPositive();
    assertThat(tx((UnitOfWork work) -> work.cases().count(query))).isEqualTo(expected);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().student(TckData.studentId(4)).build())))
        .isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().kind(CaseKind.TRANSFER).build())))
        .isZero();
  }
}
