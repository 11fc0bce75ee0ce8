package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.kernel.store.AggregateRepository;

/**
 * Cases, keyed by {@link CaseId}; results are ordered by id. A store keeps the case whole (its evidence is
 * special-category data, stored as given) and indexes what {@link CaseQuery} narrows by.
 *
 * <p>A case's stored version is its own {@link StudentCase#version()}: it is created at
 * {@link org.seniortutorkit.kernel.Version#first()} when opened, and each transition is saved naming the version
 * it moved on from, so the store's next version is the case's. {@link CaseDesk} saves that way.
 */
public interface CaseRepository extends AggregateRepository<CaseId, StudentCase, CaseQuery> {}
