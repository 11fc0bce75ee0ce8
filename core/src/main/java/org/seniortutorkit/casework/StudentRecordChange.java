package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.student.StudentStatus;

/**
 * What a completed case changes in the student's own record, so the record stays accurate: a withdrawal that
 * Registry has completed withdraws the student, and a completed transfer out of the department marks them
 * transferred. Any other case, or a record that already shows the change, changes nothing. The change names the
 * case and the step that caused it, for the audit entry and for anyone who asks why the status changed.
 *
 * <pre>{@code
 * StudentCase completed = cases.act(withdrawal.id(), CaseCommand.COMPLETE, registry, today);
 * StudentRecordChange.after(completed, student)
 *     .ifPresent(change -> students.save(change.after()));   // status WITHDRAWN, change.reason() says why
 * }</pre>
 *
 * @param before the record as it was
 * @param after the record with the change
 * @param cause the case that caused it
 * @param on the day the case was completed
 * @param reason the change in words, e.g. "WITHDRAWAL case W-7 completed by REGISTRY on 2027-02-01: status
 *     ACTIVE -> WITHDRAWN"
 */
public record StudentRecordChange(Student before, Student after, CaseId cause, LocalDate on, String reason) {
  /**
   * The change {@code completed} makes to {@code student}'s record, if any.
   *
   * @throws IllegalArgumentException when the case is about another student
   */
  public static Optional<StudentRecordChange> after(StudentCase completed, Student student) {
    checkArgument(completed.student().equals(student.id()), "case %s is about %s, not %s", completed.id(),
        completed.student(), student.id());
    if (completed.state() != CaseState.COMPLETED) {
      return Optional.empty();
    }
    return statusAfter(completed)
        .filter(status -> status != student.status())
        .map(status -> change(completed, student, status));
  }

  private static Optional<StudentStatus> statusAfter(StudentCase completed) {
    return switch (completed.kind()) {
      case WITHDRAWAL -> Optional.of(StudentStatus.WITHDRAWN);
      case TRANSFER -> completed.transferDirection().filter(TransferDirection.OUT_OF_DEPARTMENT::equals)
          .map(direction -> StudentStatus.TRANSFERRED);
      default -> Optional.empty();
    };
  }

  private static StudentRecordChange change(StudentCase completed, Student student, StudentStatus status) {
    CaseStep last = completed.history().get(completed.history().size() - 1);
    String reason = completed.kind() + " case " + completed.id() + " completed by " + last.actor().role() + " on "
        + last.on() + ": status " + student.status() + " -> " + status;
    return new StudentRecordChange(student, student.withStatus(status), completed.id(), last.on(), reason);
  }
}
