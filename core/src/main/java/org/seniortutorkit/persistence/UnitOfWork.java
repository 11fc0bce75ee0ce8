package org.seniortutorkit.persistence;

import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.casework.CaseRepository;
import org.seniortutorkit.casework.CaseWork;
import org.seniortutorkit.policy.PolicyPackRepository;
import org.seniortutorkit.staff.StaffRepository;
import org.seniortutorkit.student.StudentRepository;
import org.seniortutorkit.tutoring.MeetingRepository;
import org.seniortutorkit.tutoring.TutorAssignmentRepository;

/**
 * The repositories of one transaction: every port core has for what it stores. They are valid only while the
 * transaction runs: do not keep them, or a stream read from them, beyond {@link Transactor#inTransaction}. It is
 * also the {@link CaseWork} (cases and audit log) the case desk writes through.
 */
public interface UnitOfWork extends CaseWork {
  StudentRepository students();

  StaffRepository staff();

  TutorAssignmentRepository assignments();

  MeetingRepository meetings();

  @Override
  CaseRepository cases();

  @Override
  AuditLog audit();

  PolicyPackRepository policyPacks();
}
