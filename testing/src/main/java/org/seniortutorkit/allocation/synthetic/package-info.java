/**
 * Seeded synthetic allocation instances for load tests, benchmarks and demonstrations. Pure computation: the same
 * seed gives the same instance on every machine.
 */
package org.seniortutorkit.allocation.synthetic;
