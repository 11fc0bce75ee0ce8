/**
 * What every stored aggregate shares, whatever its capability: a repository with optimistic concurrency by
 * {@link org.seniortutorkit.kernel.Version} ({@link org.seniortutorkit.kernel.store.AggregateRepository}), paging
 * and streaming, transactions ({@link org.seniortutorkit.kernel.store.Transactions}) and the store's failures.
 * Each capability declares its own repository port on top of these; adapters implement them.
 */
package org.seniortutorkit.kernel.store;
