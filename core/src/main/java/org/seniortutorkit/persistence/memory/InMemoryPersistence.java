package org.seniortutorkit.persistence.memory;

import java.util.Comparator;
import java.util.concurrent.locks.ReentrantLock;
import org.seniortutorkit.persistence.PersistenceProvider;
import java.util.function.Function;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.casework.CaseQuery;
import org.seniortutorkit.casework.CaseRepository;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.policy.PolicyPackKey;
import org.seniortutorkit.policy.PolicyPackQuery;
import org.seniortutorkit.policy.PolicyPackRepository;
import org.seniortutorkit.policy.StoredPolicyPack;
import org.seniortutorkit.staff.StaffQuery;
import org.seniortutorkit.staff.StaffRepository;
import org.seniortutorkit.student.StudentQuery;
import org.seniortutorkit.student.StudentRepository;
import org.seniortutorkit.tutoring.AssignmentKey;
import org.seniortutorkit.tutoring.AssignmentQuery;
import org.seniortutorkit.tutoring.MeetingQuery;
import org.seniortutorkit.tutoring.MeetingRepository;
import org.seniortutorkit.tutoring.TutorAssignmentRepository;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.staff.StaffMember;
import org.seniortutorkit.student.Student;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.tutoring.MeetingId;
import org.seniortutorkit.tutoring.TutorAssignment;
import org.seniortutorkit.tutoring.TutorMeeting;

/**
 * Keeps every aggregate in memory: core's one in-memory store, for tests, demos and embedding where nothing
 * needs to outlive the process. Thread-safe: one transaction runs at a time (a fair lock), and a failed one
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
        new Cases(table("Case", StudentCase::id, Comparator.comparing(CaseId::value))),
        new MemoryAuditLog(this::checkInTransaction, undo),
        new PolicyPacks(table("PolicyPack", StoredPolicyPack::key, Comparator.<PolicyPackKey>naturalOrder())));
  }

  public static InMemoryPersistence create() {
    return new InMemoryPersistence();
  }

  @Override
  public <R> R inTransaction(Function<? super UnitOfWork, R> work) {
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

  private static final class Cases extends MemoryTable<CaseId, StudentCase, CaseQuery> implements CaseRepository {
    Cases(Spec<CaseId, StudentCase> spec) {
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
