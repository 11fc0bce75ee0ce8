package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.tutoring.AssignmentKey;
import org.seniortutorkit.tutoring.AssignmentQuery;
import org.seniortutorkit.tutoring.AssignmentOrigin;
import org.seniortutorkit.tutoring.TutorAssignment;

/** Tutor assignments: one per student per year, found by year, tutor or student. */
public abstract class AssignmentContract
    extends AggregateContract<AssignmentKey, TutorAssignment, AssignmentQuery> {
  @Override
  protected AggregateRepository<AssignmentKey, TutorAssignment, AssignmentQuery> repository(UnitOfWork work) {
    return work.assignments();
  }

  @Override
  protected TutorAssignment sample(int n) {
    return TckData.assignment(n, n % 5);
  }

  @Override
  protected AssignmentKey idOf(TutorAssignment value) {
    return AssignmentKey.of(value);
  }

  @Override
  protected TutorAssignment changed(TutorAssignment value) {
    return value.withTutor(TckData.tutorId(499)).withOrigin(AssignmentOrigin.PINNED);
  }

  @Override
  protected String aggregateName() {
    return "TutorAssignment";
  }

  @Override
  protected AssignmentQuery everything() {
    return AssignmentQuery.all();
  }

  @Test
  void the_same_student_has_a_separate_assignment_each_year() {
    TutorAssignment thisYear = TckData.assignment(1, 1);
    TutorAssignment nextYear = thisYear.withAcademicYear(AcademicYear.of(2027)).withTutor(TckData.tutorId(2))
        .withOrigin(AssignmentOrigin.CARRIED_OVER).withMadeOn(LocalDate.of(2027, 8, 1));
    create(thisYear);
    create(nextYear);

    assertThat(find(AssignmentKey.of(thisYear))).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(thisYear));
    assertThat(find(AssignmentKey.of(nextYear))).hasValueSatisfying(v -> assertThat(v.value()).isEqualTo(nextYear));
    assertThat(tx((UnitOfWork work) -> work.assignments().count(
        AssignmentQuery.builder().academicYear(AcademicYear.of(2027)).build()))).isEqualTo(1);
  }

  @Test
  void queries_find_a_tutors_tutees_and_a_students_tutor() {
    for (int n = 0; n < 20; n++) {
      create(TckData.assignment(n, n % 4));
    }

    assertThat(tx((UnitOfWork work) -> work.assignments().count(
        AssignmentQuery.builder().tutor(TckData.tutorId(1)).academicYear(TckData.YEAR).build()))).isEqualTo(5);
    assertThat(tx((UnitOfWork work) -> work.assignments().page(
        AssignmentQuery.builder().student(TckData.studentId(7)).build(),
        org.seniortutorkit.kernel.store.PageRequest.first(10)).items()))
        .singleElement().satisfies(v -> assertThat(v.value().tutor()).isEqualTo(TckData.tutorId(3)));
    assertThat(tx((UnitOfWork work) -> work.assignments().count(
        AssignmentQuery.builder().tutor(TckData.tutorId(1)).academicYear(AcademicYear.of(2020)).build())))
        .isZero();
  }

  @Test
  void a_second_assignment_for_the_same_student_and_year_is_refused() {
    create(TckData.assignment(1, 1));

    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> tx((UnitOfWork work) -> work.assignments().save(TckData.assignment(1, 2), Version.none())))
        .isInstanceOf(org.seniortutorkit.kernel.store.ConcurrentModificationConflict.class);
  }
}
