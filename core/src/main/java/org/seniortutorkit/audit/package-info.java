/**
 * The audit trail: every read and change of a student's record, append-only and tamper-evident (each entry
 * chained to the one before by a SHA-256 hash, see {@link org.seniortutorkit.audit.AuditChain}).
 */
@DomainValue
package org.seniortutorkit.audit;

import org.seniortutorkit.kernel.DomainValue;
