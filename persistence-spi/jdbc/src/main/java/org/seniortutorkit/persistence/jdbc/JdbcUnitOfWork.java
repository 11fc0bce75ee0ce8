package org.seniortutorkit.persistence.jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.seniortutorkit.persistence.UnitOfWork;
import org.seniortutorkit.audit.AuditLog;
import org.seniortutorkit.casework.CaseRepository;
import org.seniortutorkit.policy.PolicyPackRepository;
import org.seniortutorkit.staff.StaffRepository;
import org.seniortutorkit.student.StudentRepository;
import org.seniortutorkit.tutoring.MeetingRepository;
import org.seniortutorkit.tutoring.TutorAssignmentRepository;

/** The repositories of one transaction, all on the transaction's connection. */
final class JdbcUnitOfWork implements UnitOfWork {
  private final Sql sql;
  private final List<AutoCloseable> openCursors = new ArrayList<>();
  private final StudentRepository students;
  private final StaffRepository staff;
  private final TutorAssignmentRepository assignments;
  private final MeetingRepository meetings;
  private final CaseRepository cases;
  private final AuditLog audit;
  private final PolicyPackRepository policyPacks;

  JdbcUnitOfWork(Connection connection) {
    this.sql = new Sql(connection, openCursors);
    this.students = new Repositories.Students(sql);
    this.staff = new Repositories.Staff(sql);
    this.assignments = new Repositories.Assignments(sql);
    this.meetings = new Repositories.Meetings(sql);
    this.cases = new Repositories.Cases(sql);
    this.audit = new JdbcAuditLog(sql);
    this.policyPacks = new Repositories.PolicyPacks(sql);
  }

  /** Streams the work left open are closed before commit or rollback, so their cursors do not leak. */
  void closeOpenCursors() {
    for (AutoCloseable cursor : List.copyOf(openCursors)) {
      try {
        cursor.close();
      } catch (Exception ignored) {
        // Closing is best effort: the connection is about to commit or roll back anyway.
      }
    }
    openCursors.clear();
  }

  @Override
  public StudentRepository students() {
    return students;
  }

  @Override
  public StaffRepository staff() {
    return staff;
  }

  @Override
  public TutorAssignmentRepository assignments() {
    return assignments;
  }

  @Override
  public MeetingRepository meetings() {
    return meetings;
  }

  @Override
  public CaseRepository cases() {
    return cases;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public PolicyPackRepository policyPacks() {
    return policyPacks;
  }
}
