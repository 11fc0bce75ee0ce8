package org.seniortutorkit.persistence.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.kernel.store.ConcurrentModificationConflict;
import org.seniortutorkit.kernel.Version;
import org.seniortutorkit.kernel.store.Versioned;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.tutoring.MeetingQuery;

/** Units of work: everything commits together, or, when the work fails, nothing does. */
public abstract class TransactionContract extends ContractSupport {
  @Test
  void work_that_succeeds_commits_every_write_and_returns_its_result() {
    String result = tx((UnitOfWork work) -> {
      work.students().save(TckData.student(1), Version.none());
      work.meetings().save(TckData.meeting(1), Version.none());
      work.audit().append(TckData.auditEntry(1));
      return "done";
    });

    assertThat(result).isEqualTo("done");
    assertThat(tx((UnitOfWork work) -> work.students().count(StudentQuery.all()) + work.meetings().count(MeetingQuery.all())
        + work.audit().count())).isEqualTo(3);
  }

  @Test
  void work_that_throws_rolls_back_whole_across_every_aggregate() {
    Versioned<?> kept = tx((UnitOfWork work) -> work.students().save(TckData.student(9), Version.none()));

    assertThatThrownBy(() -> run(work -> {
      work.students().save(TckData.student(1), Version.none());
      work.students().save(TckData.student(9).withFullName("Overwritten"), kept.version());
      work.staff().save(TckData.tutor(1), Version.none());
      work.meetings().save(TckData.meeting(1), Version.none());
      work.cases().save(TckData.studentCase(1), Version.none());
      work.audit().append(TckData.auditEntry(1));
      throw new IllegalStateException("the work failed half way");
    })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed half way");

    assertThat(tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)))).isEmpty();
    assertThat(tx((UnitOfWork work) -> work.students().find(TckData.studentId(9)))).contains(
        Versioned.of(TckData.student(9), Version.first()));
    assertThat(tx((UnitOfWork work) -> work.staff().find(TckData.tutorId(1)))).isEmpty();
    assertThat(tx((UnitOfWork work) -> work.meetings().count(MeetingQuery.all()))).isZero();
    assertThat(tx((UnitOfWork work) -> work.cases().count(CaseQuery.all()))).isZero();
    assertThat(tx((UnitOfWork work) -> work.audit().count())).isZero();
  }

  @Test
  void a_conflict_part_way_through_undoes_the_earlier_writes_of_the_same_work() {
    tx((UnitOfWork work) -> work.students().save(TckData.student(2), Version.none()));

    assertThatThrownBy(() -> run(work -> {
      work.students().save(TckData.student(1), Version.none());
      work.students().save(TckData.student(2), Version.none());
    })).isInstanceOf(ConcurrentModificationConflict.class);

    assertThat(tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)))).isEmpty();
  }

  @Test
  void a_later_transaction_sees_what_an_earlier_one_committed() {
    tx((UnitOfWork work) -> work.students().save(TckData.student(1), Version.none()));

    Versioned<?> updated = tx((UnitOfWork work) -> work.students().save(
        TckData.student(1).withYearOfStudy(3), work.students().find(TckData.studentId(1)).orElseThrow().version()));

    assertThat(updated.version()).isEqualTo(Version.of(2));
    assertThat(tx((UnitOfWork work) -> work.students().find(TckData.studentId(1)).orElseThrow().value().yearOfStudy()))
        .isEqualTo(3);
  }
}
