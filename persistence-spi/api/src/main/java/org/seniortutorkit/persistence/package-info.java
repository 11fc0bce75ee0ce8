/**
 * The persistence service-provider interface: repositories for every aggregate, a unit of work with
 * all-or-nothing transactions, optimistic concurrency by {@link org.seniortutorkit.persistence.Version}, paging
 * and streaming for large reads. The core never depends on this package; adapters implement it and prove it
 * with the compatibility kit ({@code senior-tutor-kit-persistence-tck}).
 */
@DomainValue
package org.seniortutorkit.persistence;

import org.seniortutorkit.kernel.DomainValue;
