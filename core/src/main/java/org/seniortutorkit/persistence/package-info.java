/**
 * Core's storage seam, above its capabilities: one transaction over every repository port ({@link
 * org.seniortutorkit.persistence.UnitOfWork}), run by a {@link org.seniortutorkit.persistence.Transactor}, and the
 * configured store an adapter hands over ({@link org.seniortutorkit.persistence.PersistenceProvider}). The ports
 * themselves belong to their capabilities (e.g. {@link org.seniortutorkit.casework.CaseRepository}, {@link
 * org.seniortutorkit.audit.AuditLog}); the plumbing they share is in {@link org.seniortutorkit.kernel.store}.
 * Adapters implement the ports and prove it with the compatibility kit ({@code senior-tutor-kit-persistence-tck});
 * {@link org.seniortutorkit.persistence.memory.InMemoryPersistence} is core's own, for tests and embedding.
 */
@DomainValue
package org.seniortutorkit.persistence;

import org.seniortutorkit.kernel.DomainValue;
