package org.seniortutorkit.examples.adapter;

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
  public <R> R inTransaction(Function<? super UnitOfWork, R> work) {
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

  private final class Cases extends MapRepository<CaseId, StudentCase, CaseQuery> implements CaseRepository {
    Cases() {
      super("Case", StudentCase::id, Comparator.comparing(CaseId::value), CaseQuery::matches, rollback);
    }
  }

  private final class PolicyPacks extends MapRepository<PolicyPackKey, StoredPolicyPack, PolicyPackQuery>
      implements PolicyPackRepository {
    PolicyPacks() {
      super("PolicyPack", StoredPolicyPack::key, Comparator.naturalOrder(), PolicyPackQuery::matches, rollback);
    }
  }
}
