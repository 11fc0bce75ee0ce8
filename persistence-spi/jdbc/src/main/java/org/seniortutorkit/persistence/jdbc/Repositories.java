package org.seniortutorkit.persistence.jdbc;

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

/** Each of core's repository ports, as a {@link JdbcTable} with its mapping. */
final class Repositories {
  private Repositories() {}

  static final class Students extends JdbcTable<StudentId, Student, StudentQuery> implements StudentRepository {
    Students(Sql sql) {
      super(sql, new StudentRows());
    }
  }

  static final class Staff extends JdbcTable<StaffId, StaffMember, StaffQuery> implements StaffRepository {
    Staff(Sql sql) {
      super(sql, new StaffRows());
    }
  }

  static final class Assignments extends JdbcTable<AssignmentKey, TutorAssignment, AssignmentQuery>
      implements TutorAssignmentRepository {
    Assignments(Sql sql) {
      super(sql, new AssignmentRows());
    }
  }

  static final class Meetings extends JdbcTable<MeetingId, TutorMeeting, MeetingQuery> implements MeetingRepository {
    Meetings(Sql sql) {
      super(sql, new MeetingRows());
    }
  }

  static final class Cases extends JdbcTable<CaseId, StudentCase, CaseQuery> implements CaseRepository {
    Cases(Sql sql) {
      super(sql, new CaseRows());
    }
  }

  static final class PolicyPacks extends JdbcTable<PolicyPackKey, StoredPolicyPack, PolicyPackQuery>
      implements PolicyPackRepository {
    PolicyPacks(Sql sql) {
      super(sql, new PolicyPackRows());
    }
  }
}
