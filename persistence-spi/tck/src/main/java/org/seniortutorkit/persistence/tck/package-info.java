/**
 * The persistence compatibility kit: an abstract JUnit 5 suite that proves an adapter keeps every promise of the
 * SPI. Extend {@link org.seniortutorkit.persistence.tck.PersistenceCompatibilityKit}, supply a fresh empty store,
 * and run it with your tests.
 */
package org.seniortutorkit.persistence.tck;
