package org.seniortutorkit.persistence.memory;

import java.util.Comparator;
import java.util.concurrent.locks.ReentrantLock;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.TransactionalWork;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.persistence.audit.AuditLog;
import org.seniortutorkit.persistence.casework.CaseQuery;
import org.seniortutorkit.persistence.casework.CaseRepository;
import org.seniortutorkit.persistence.casework.StoredCase;
import org.seniortutorkit.persistence.policy.PolicyPackKey;
import org.seniortutorkit.persistence.policy.PolicyPackQuery;
import org.seniortutorkit.persistence.policy.PolicyPackRepository;
import org.seniortutorkit.persistence.policy.StoredPolicyPack;
import org.seniortutorkit.persistence.staff.StaffQuery;
import org.seniortutorkit.persistence.staff.StaffRepository;
import org.seniortutorkit.persistence.student.StudentQuery;
import org.seniortutorkit.persistence.student.StudentRepository;
import org.seniortutorkit.persistence.tutoring.AssignmentKey;
import org.seniortutorkit.persistence.tutoring.AssignmentQuery;
import org.seniortutorkit.persistence.tutoring.MeetingQuery;
import org.seniortutorkit.persistence.tutoring.MeetingRepository;
import org.seniortutorkit.persistence.tutoring.TutorAssignmentRepository;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * Keeps every aggregate in memory. Thread-safe: one transaction runs at a time (a fair lock), and a failed one
 * is undone from its undo log, so other threads only ever see committed state. A transaction started inside
 * another on the same thread joins it.
 *
 * <pre>{@code
 * try (PersistenceProvider store = InMemoryPersistence.create()) {
 *   store.run(work -> work.students().save(student, Version.none()));
 * }
 * }</pre>
 */
public final class InMemoryPersistence implements PersistenceProvider {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final UndoLog undo = new UndoLog();
  private final UnitOfWork unitOfWork;

  private InMemoryPersistence() {
    unitOfWork = new Tables(
        new Students(table("Student", Student::id, Comparator.comparing(StudentId::value))),
        new Staff(table("StaffMember", StaffMember::id, Comparator.comparing(StaffId::value))),
        new Assignments(table("TutorAssignment", AssignmentKey::of, Comparator.<AssignmentKey>naturalOrder())),
        new Meetings(table("TutorMeeting", TutorMeeting::id, Comparator.comparing(MeetingId::value))),
        new Cases(table("Case", StoredCase::id, Comparator.<String>naturalOrder())),
        new MemoryAuditLog(this::checkInTransaction, undo),
        new PolicyPacks(table("PolicyPack", StoredPolicyPack::key, Comparator.<PolicyPackKey>naturalOrder())));
  }

  public static InMemoryPersistence create() {
    return new InMemoryPersistence();
  }

  @Override
  public <R> R inTransaction(TransactionalWork<R> work) {
    if (lock.isHeldByCurrentThread()) {
      return work.apply(unitOfWork);
    }
    lock.lock();
    try {
      undo.begin();
      R result = work.apply(unitOfWork);
      undo.commit();
      return result;
    } catch (RuntimeException | Error failure) {
      undo.rollback();
      throw failure;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String describe() {
    return "in-memory";
  }

  @Override
  public void close() {
    // Nothing to release: the data goes with the object.
  }

  private <K, T, Q> MemoryTable.Spec<K, T> table(String aggregate, java.util.function.Function<T, K> key,
      Comparator<K> order) {
    return new MemoryTable.Spec<>(aggregate, key, order, this::checkInTransaction, undo);
  }

  private void checkInTransaction() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("repositories may only be used inside inTransaction(...)");
    }
  }

  private record Tables(StudentRepository students, StaffRepository staff, TutorAssignmentRepository assignments,
      MeetingRepository meetings, CaseRepository cases, AuditLog audit, PolicyPackRepository policyPacks)
      implements UnitOfWork {}

  private static final class Students extends MemoryTable<StudentId, Student, StudentQuery>
      implements StudentRepository {
    Students(Spec<StudentId, Student> spec) {
      super(spec, StudentQuery::matches);
    }
  }

  private static final class Staff extends MemoryTable<StaffId, StaffMember, StaffQuery>
      implements StaffRepository {
    Staff(Spec<StaffId, StaffMember> spec) {
      super(spec, StaffQuery::matches);
    }
  }

  private static final class Assignments extends MemoryTable<AssignmentKey, TutorAssignment, AssignmentQuery>
      implements TutorAssignmentRepository {
    Assignments(Spec<AssignmentKey, TutorAssignment> spec) {
      super(spec, AssignmentQuery::matches);
    }
  }

  private static final class Meetings extends MemoryTable<MeetingId, TutorMeeting, MeetingQuery>
      implements MeetingRepository {
    Meetings(Spec<MeetingId, TutorMeeting> spec) {
      super(spec, MeetingQuery::matches);
    }
  }

  private static final class Cases extends MemoryTable<String, StoredCase, CaseQuery> implements CaseRepository {
    Cases(Spec<String, StoredCase> spec) {
      super(spec, CaseQuery::matches);
    }
  }

  private static final class PolicyPacks extends MemoryTable<PolicyPackKey, StoredPolicyPack, PolicyPackQuery>
      implements PolicyPackRepository {
    PolicyPacks(Spec<PolicyPackKey, StoredPolicyPack> spec) {
      super(spec, PolicyPackQuery::matches);
    }
  }
}
