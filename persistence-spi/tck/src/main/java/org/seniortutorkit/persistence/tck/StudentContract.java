package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.store.AggregateRepository;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;

/** Students: every field round-trips, special-category complex needs included, and queries narrow correctly. */
public abstract class StudentContract extends AggregateContract<StudentId, Student, StudentQuery> {
  @Override
  protected AggregateRepository<StudentId, Student, StudentQuery> repository(UnitOfWork work) {
    return work.students();
  }

  @Override
  protected Student sample(int n) {
    return TckData.student(n);
  }

  @Override
  protected StudentId idOf(Student value) {
    return value.id();
  }

  @Override
  protected Student changed(Student value) {
    return value.withFullName(value.fullName() + " Changed").withYearOfStudy(value.yearOfStudy() % 3 + 1);
  }

  @Override
  protected String aggregateName() {
    return "Student";
  }

  @Override
  protected StudentQuery everything() {
    return StudentQuery.all();
  }

  @Test
  void every_field_round_trips_including_all_complex_needs() {
    Student full = TckData.fullStudent();
    create(full);

    Student back = find(full.id()).orElseThrow().value();

    assertThat(back).isEqualTo(full);
    assertThat(back.complexNeeds()).containsExactlyInAnyOrder(ComplexNeed.values());
    assertThat(back.email()).isEqualTo(full.email());
    assertThat(back.fullName()).isEqualTo("Éloïse O'Brien-Łukasz 李");
  }

  @Test
  void a_student_without_email_or_complex_needs_round_trips_with_them_absent() {
    Student plain = TckData.student(5).withComplexNeeds();
    create(plain);

    Student back = find(plain.id()).orElseThrow().value();

    assertThat(back.email()).isEmpty();
    assertThat(back.complexNeeds()).isEmpty();
    assertThat(back).isEqualTo(plain);
  }

  @Test
  void queries_narrow_by_department_level_and_entry_year() {
    run(work -> work.students().createAll(IntStream.range(0, 120).mapToObj(TckData::student).toList()));
    StudentQuery query = StudentQuery.builder()
        .department(DepartmentId.of("CHEM")).level(StudyLevel.UNDERGRADUATE).entryYear(AcademicYear.of(2024))
        .build();
    long expected = IntStream.range(0, 120).mapToObj(TckData::student).filter(query::matches).count();

    assertThat(expected).isPositive();
    assertThat(tx((UnitOfWork work) -> work.students().count(query))).isEqualTo(expected);
    assertThat(tx((UnitOfWork work) -> {
      try (var matching = work.students().stream(query)) {
        return matching.map(Versioned::value).allMatch(query::matches);
      }
    })).isTrue();
    assertThat(tx((UnitOfWork work) -> work.students().count(
        StudentQuery.builder().department(DepartmentId.of("NONE")).build()))).isZero();
  }

  @Test
  void a_conflict_message_never_reveals_complex_needs() {
    Student full = TckData.fullStudent();
    create(full);

    try {
      tx((UnitOfWork work) -> work.students().save(full, Version.none()));
    } catch (ConcurrentModificationConflict conflict) {
      for (ComplexNeed need : ComplexNeed.values()) {
        assertThat(conflict.getMessage()).doesNotContain(need.name());
      }
      return;
    }
    throw new AssertionError("creating an existing student must be a conflict");
  }
}
