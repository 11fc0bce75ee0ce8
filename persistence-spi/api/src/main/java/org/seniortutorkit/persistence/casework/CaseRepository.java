package org.seniortutorkit.persistence.casework;

import org.seniortutorkit.persistence.AggregateRepository;

/** Cases, keyed by their id (a string), stored as {@link StoredCase} envelopes. */
public interface CaseRepository extends AggregateRepository<String, StoredCase, CaseQuery> {}
