package org.seniortutorkit.examples.adapter;

import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.tck.PersistenceCompatibilityKit;

/** The example adapter passes the whole compatibility kit: this class is all the test an adapter needs. */
class MapBackedPersistenceTck extends PersistenceCompatibilityKit {
  @Override
  protected PersistenceProvider newProvider() {
    return new MapBackedPersistence();
  }
}
