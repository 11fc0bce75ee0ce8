package org.seniortutorkit.persistence;

import org.seniortutorkit.kernel.store.Transactions;

/**
 * Runs work in a transaction over every repository ({@link UnitOfWork}): all of its writes are committed
 * together, or, if it throws, none are. Because a unit of work is also a {@link org.seniortutorkit.casework.CaseWork}
 * and an {@link org.seniortutorkit.audit.AuditWork}, a transactor is what the case desk and the audit trail take.
 *
 * <pre>{@code
 * Versioned<Student> saved = transactor.inTransaction(work -> {
 *   work.assignments().save(assignment, Version.none());
 *   return work.students().save(student, Version.none());
 * });
 * }</pre>
 */
public interface Transactor extends Transactions<UnitOfWork> {}
