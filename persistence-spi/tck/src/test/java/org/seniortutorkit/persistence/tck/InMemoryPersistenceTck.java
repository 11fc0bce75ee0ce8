package org.seniortutorkit.persistence.tck;

import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.memory.InMemoryPersistence;

/** Core's in-memory store keeps every promise of the ports: each test gets a fresh, empty store. */
class InMemoryPersistenceTck extends PersistenceCompatibilityKit {
  @Override
  protected PersistenceProvider newProvider() {
    return InMemoryPersistence.create();
  }
}
