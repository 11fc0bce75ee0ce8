package org.seniortutorkit.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.seniortutorkit.casework.CaseFixtures.inState;

import org.junit.jupiter.api.Test;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.student.StudentStatus;
import org.seniortutorkit.testing.Samples;

class StudentRecordChangeTest {
  private final Student student = Samples.student();

  @Test
  void a_withdrawal_registry_has_completed_withdraws_the_student_and_says_why() {
    StudentCase completed = inState(CaseKind.WITHDRAWAL, CaseState.COMPLETED);

    StudentRecordChange change = StudentRecordChange.after(completed, student).orElseThrow();

    assertThat(change.after().status()).isEqualTo(StudentStatus.WITHDRAWN);
    assertThat(change.before()).isEqualTo(student);
    assertThat(change.cause()).isEqualTo(completed.id());
    assertThat(change.reason()).isEqualTo("WITHDRAWAL case " + completed.id() + " completed by REGISTRY on "
        + change.on() + ": status ACTIVE -> WITHDRAWN");
  }

  @Test
  void a_withdrawal_still_with_registry_changes_nothing_yet() {
    assertThat(StudentRecordChange.after(inState(CaseKind.WITHDRAWAL, CaseState.WITH_REGISTRY), student)).isEmpty();
  }

  @Test
  void a_completed_transfer_out_of_the_department_marks_the_student_transferred() {
    StudentCase completed = inState(CaseKind.TRANSFER, CaseState.COMPLETED);

    assertThat(StudentRecordChange.after(completed, student)).get()
        .extracting(change -> change.after().status()).isEqualTo(StudentStatus.TRANSFERRED);
  }

  @Test
  void a_completed_transfer_into_the_department_leaves_the_status_as_it_is() {
    StudentCase into = inState(CaseKind.TRANSFER, CaseState.COMPLETED)
        .withTransferDirection(TransferDirection.INTO_DEPARTMENT);

    assertThat(StudentRecordChange.after(into, student)).isEmpty();
  }

  @Test
  void a_record_that_already_shows_the_change_is_not_changed_again() {
    Student withdrawn = student.withStatus(StudentStatus.WITHDRAWN);

    assertThat(StudentRecordChange.after(inState(CaseKind.WITHDRAWAL, CaseState.COMPLETED), withdrawn)).isEmpty();
  }

  @Test
  void other_kinds_of_case_never_change_the_record() {
    assertThat(StudentRecordChange.after(inState(CaseKind.REFERRAL, CaseState.CLOSED), student)).isEmpty();
  }

  @Test
  void a_case_about_another_student_is_refused() {
    Student other = student.withId(StudentId.of("S7654321"));

    assertThatThrownBy(() -> StudentRecordChange.after(inState(CaseKind.WITHDRAWAL, CaseState.COMPLETED), other))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not S7654321");
  }
}
