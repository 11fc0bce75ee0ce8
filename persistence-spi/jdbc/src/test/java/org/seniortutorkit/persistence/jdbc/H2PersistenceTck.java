package org.seniortutorkit.persistence.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.tck.PersistenceCompatibilityKit;

/** The JDBC adapter on H2 keeps every promise of the SPI: each test gets a fresh in-memory database. */
class H2PersistenceTck extends PersistenceCompatibilityKit {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  protected PersistenceProvider newProvider() {
    return JdbcPersistence.inMemoryH2("tck-" + DATABASES.incrementAndGet());
  }
}
