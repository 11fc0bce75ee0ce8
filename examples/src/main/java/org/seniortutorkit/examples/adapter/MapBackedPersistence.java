package org.seniortutorkit.examples.adapter;

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
 * An adapter in an afternoon: every aggregate in a {@link MapRepository}, transactions one at a time under a
 * lock, and a {@link Rollback} that puts back what a failed transaction changed. Swap the maps for calls to your
 * own store and keep the rest.
 */
public final class MapBackedPersistence implements PersistenceProvider {
  private final ReentrantLock lock = new ReentrantLock(true);
  private final Rollback rollback = new Rollback();
  private final UnitOfWork repositories;

  public MapBackedPersistence() {
    repositories = new Repositories(
        new Students(), new Staff(), new Assignments(), new Meetings(), new Cases(),
        new MapAuditLog(rollback), new PolicyPacks());
  }

  @Override
  public <R> R inTransaction(TransactionalWork<R> work) {
    if (lock.isHeldByCurrentThread()) {
      return work.apply(repositories);   // a transaction inside a transaction joins it
    }
    lock.lock();
    try {
      rollback.begin();
      R result = work.apply(repositories);
      rollback.forget();
      return result;
    } catch (RuntimeException | Error failure) {
      rollback.undoAll();
      throw failure;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String describe() {
    return "example map-backed store";
  }

  @Override
  public void close() {
    // Nothing to release.
  }

  private record Repositories(StudentRepository students, StaffRepository staff,
      TutorAssignmentRepository assignments, MeetingRepository meetings, CaseRepository cases, AuditLog audit,
      PolicyPackRepository policyPacks) implements UnitOfWork {}

  private final class Students extends MapRepository<StudentId, Student, StudentQuery> implements StudentRepository {
    Students() {
      super("Student", Student::id, Comparator.comparing(StudentId::value), StudentQuery::matches, rollback);
    }
  }

  private final class Staff extends MapRepository<StaffId, StaffMember, StaffQuery> implements StaffRepository {
    Staff() {
      super("StaffMember", StaffMember::id, Comparator.comparing(StaffId::value), StaffQuery::matches, rollback);
    }
  }

  private final class Assignments extends MapRepository<AssignmentKey, TutorAssignment, AssignmentQuery>
      implements TutorAssignmentRepository {
    Assignments() {
      super("TutorAssignment", AssignmentKey::of, Comparator.naturalOrder(), AssignmentQuery::matches, rollback);
    }
  }

  private final class Meetings extends MapRepository<MeetingId, TutorMeeting, MeetingQuery>
      implements MeetingRepository {
    Meetings() {
      super("TutorMeeting", TutorMeeting::id, Comparator.comparing(MeetingId::value), MeetingQuery::matches,
          rollback);
    }
  }

  private final class Cases extends MapRepository<String, StoredCase, CaseQuery> implements CaseRepository {
    Cases() {
      super("Case", StoredCase::id, Comparator.naturalOrder(), CaseQuery::matches, rollback);
    }
  }

  private final class PolicyPacks extends MapRepository<PolicyPackKey, StoredPolicyPack, PolicyPackQuery>
      implements PolicyPackRepository {
    PolicyPacks() {
      super("PolicyPack", StoredPolicyPack::key, Comparator.naturalOrder(), PolicyPackQuery::matches, rollback);
    }
  }
}
