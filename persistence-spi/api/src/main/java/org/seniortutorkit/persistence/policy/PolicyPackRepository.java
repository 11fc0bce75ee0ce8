package org.seniortutorkit.persistence.policy;

import org.seniortutorkit.persistence.AggregateRepository;

/** Policy packs, keyed by id and edition; results are ordered by id, then edition. */
public interface PolicyPackRepository extends AggregateRepository<PolicyPackKey, StoredPolicyPack, PolicyPackQuery> {}
