package org.seniortutorkit.policy;

import org.seniortutorkit.kernel.store.AggregateRepository;

/** Policy packs, keyed by id and edition; results are ordered by id, then edition. */
public interface PolicyPackRepository extends AggregateRepository<PolicyPackKey, StoredPolicyPack, PolicyPackQuery> {}
