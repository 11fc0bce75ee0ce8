package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.staff.StaffQuery;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.staff.StaffRole;

/** Staff: roles, working pattern, leave and the whole training record round-trip. */
public abstract class StaffContract extends AggregateContract<StaffId, StaffMember, StaffQuery> {
  @Override
  protected AggregateRepository<StaffId, StaffMember, StaffQuery> repository(UnitOfWork work) {
    return work.staff();
  }

  @Override
  protected StaffMember sample(int n) {
    return TckData.tutor(n);
  }

  @Override
  protected StaffId idOf(StaffMember value) {
    return value.id();
  }

  @Override
  protected StaffMember changed(StaffMember value) {
    return value.withFte(0.3).withFullName(value.fullName() + " Changed");
  }

  @Override
  protected String aggregateName() {
    return "StaffMember";
  }

  @Override
  protected StaffQuery everything() {
    return StaffQuery.all();
  }

  @Test
  void every_field_round_trips_including_training_cpd_and_briefings() {
    StaffMember full = TckData.fullTutor();
    create(full);

    StaffMember back = find(full.id()).orElseThrow().value();

    assertThat(back).isEqualTo(full);
    assertThat(back.training().cpd()).hasSize(2);
    assertThat(back.training().briefingsAcknowledged()).hasSize(1);
    assertThat(back.researchAreas()).contains("Poetry, science, and \"notes\"");
  }

  @Test
  void a_member_with_no_training_yet_round_trips() {
    StaffMember novice = TckData.tutor(3).withTraining(org.seniortutorkit.training.TrainingRecord.builder().build())
        .withTutoringSince(java.util.Optional.empty());
    create(novice);

    assertThat(find(novice.id()).orElseThrow().value()).isEqualTo(novice);
  }

  @Test
  void queries_narrow_by_department_and_role() {
    run(work -> work.staff().createAll(IntStream.range(0, 20).mapToObj(TckData::tutor).toList()));
    create(TckData.fullTutor().withId(StaffId.of("T99999")).withDepartment(DepartmentId.of("MATH")));

    assertThat(tx((UnitOfWork work) -> work.staff().count(StaffQuery.builder().department(DepartmentId.of("MATH")).build())))
        .isEqualTo(6);
    assertThat(tx((UnitOfWork work) -> work.staff().count(StaffQuery.builder()
        .department(DepartmentId.of("MATH")).role(StaffRole.SENIOR_TUTOR_UNDERGRADUATE).build())))
        .isEqualTo(1);
    assertThat(tx((UnitOfWork work) -> work.staff().count(StaffQuery.builder().role(StaffRole.REGISTRY_CONTACT).build())))
        .isZero();
  }
}
