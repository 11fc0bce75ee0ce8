package org.seniortutorkit.persistence;

import org.seniortutorkit.persistence.audit.AuditLog;
import org.seniortutorkit.persistence.casework.CaseRepository;
import org.seniortutorkit.persistence.policy.PolicyPackRepository;
import org.seniortutorkit.persistence.staff.StaffRepository;
import org.seniortutorkit.persistence.student.StudentRepository;
import org.seniortutorkit.persistence.tutoring.MeetingRepository;
import org.seniortutorkit.persistence.tutoring.TutorAssignmentRepository;

/**
 * The repositories of one transaction. They are valid only while the transaction runs: do not keep them, or a
 * stream read from them, beyond {@link Transactor#inTransaction}.
 */
public interface UnitOfWork {
  StudentRepository students();

  StaffRepository staff();

  TutorAssignmentRepository assignments();

  MeetingRepository meetings();

  CaseRepository cases();

  AuditLog audit();

  PolicyPackRepository policyPacks();
}
