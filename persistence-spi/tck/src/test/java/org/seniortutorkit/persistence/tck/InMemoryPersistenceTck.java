package org.seniortutorkit.persistence.memory;

import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.tck.PersistenceCompatibilityKit;

/** The in-memory adapter keeps every promise of the SPI. */
class InMemoryPersistenceTck extends PersistenceCompatibilityKit {
  @Override
  protected PersistenceProvider newProvider() {
    return InMemoryPersistence.create();
  }
}
