/**
 * Casework: concerns, escalations, referrals, mitigating-circumstances claims, withdrawals, transfers, reference
 * requests and prize nominations, each an immutable case driven by an explicit state machine
 * ({@link org.seniortutorkit.casework.CaseStateMachines}).
 */
@DomainValue
package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.DomainValue;
