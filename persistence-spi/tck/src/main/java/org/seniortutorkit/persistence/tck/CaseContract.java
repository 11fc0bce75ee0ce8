package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.StoredCase;

/** Cases: the envelope's indexed fields and the JSON payload round-trip; queries narrow by department, level and year. */
public abstract class CaseContract extends AggregateContract<String, StoredCase, CaseQuery> {
  @Override
  protected AggregateRepository<String, StoredCase, CaseQuery> repository(UnitOfWork work) {
    return work.cases();
  }

  @Override
  protected StoredCase sample(int n) {
    return TckData.storedCase(n);
  }

  @Override
  protected String idOf(StoredCase value) {
    return value.id();
  }

  @Override
  protected StoredCase changed(StoredCase value) {
    return value.withState("ESCALATED").withPayload("{\"escalated\":true}");
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
  void the_payload_round_trips_character_for_character() {
    StoredCase stored = TckData.storedCase(3).withPayload("{ \"spaced\" : [1, 2.50, \"é李\\n\"], \"z\":null }");
    create(stored);

    assertThat(find(stored.id()).orElseThrow().value().payload()).isEqualTo(stored.payload());
  }

  @Test
  void queries_narrow_by_department_level_academic_year_and_state() {
    run(work -> work.cases().createAll(IntStream.range(0, 48).mapToObj(TckData::storedCase).toList()));
    CaseQuery query = CaseQuery.builder().department(DepartmentId.of("CHEM")).level(StudyLevel.UNDERGRADUATE)
        .academicYear(AcademicYear.of(2025)).state("OPEN").build();
    long expected = IntStream.range(0, 48).mapToObj(TckData::storedCase).filter(query::matches).count();

    assertThat(expected).isPositive();
    assertThat(tx((UnitOfWork work) -> work.cases().count(query))).isEqualTo(expected);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().student(TckData.studentId(4)).build())))
        .isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.builder().kind("NO_SUCH_KIND").build()))).isZero();
  }
}
