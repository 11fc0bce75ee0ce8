/** Persistence benchmarks: bulk save and streamed reload through the JDBC adapter on PostgreSQL. */
package org.seniortutorkit.benchmarks.persistence;
