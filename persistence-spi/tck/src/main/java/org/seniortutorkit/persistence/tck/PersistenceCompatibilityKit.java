package org.seniortutorkit.persistence.tck;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.seniortutorkit.persistence.PersistenceProvider;

/**
 * The whole compatibility kit. An adapter proves itself by extending this class and supplying a fresh, empty
 * store for each test; every contract below then runs against it.
 *
 * <pre>{@code
 * class MyAdapterTck extends PersistenceCompatibilityKit {
 *   @Override
 *   protected PersistenceProvider newProvider() {
 *     return MyAdapter.open(freshDatabase());
 *   }
 * }
 * }</pre>
 *
 * <p>The large-data contract is tagged {@code large}; it writes 100,000 students and 1,000,000 meetings.
 */
public abstract class PersistenceCompatibilityKit {
  private PersistenceProvider store;

  /** A new store with nothing in it. Called before every test. */
  protected abstract PersistenceProvider newProvider();

  /** Releases a store after its test; override to also drop its schema or delete its files. */
  protected void discard(PersistenceProvider provider) {
    provider.close();
  }

  @BeforeEach
  void openStore() {
    store = newProvider();
  }

  @AfterEach
  void discardStore() {
    if (store != null) {
      discard(store);
    }
  }

  /** The store of the current test. */
  protected final PersistenceProvider store() {
    return store;
  }

  @Nested
  class Students extends StudentContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class Staff extends StaffContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class TutorAssignments extends AssignmentContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class Meetings extends MeetingContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class Cases extends CaseContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class AuditLog extends AuditLogContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class PolicyPacks extends PolicyPackContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class CoreCasework extends CoreCaseworkContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class CoreAuditTrail extends CoreAuditTrailContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class AtomicAudit extends AtomicAuditContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class Transactions extends TransactionContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class Concurrency extends ConcurrencyContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }

  @Nested
  class LargeData extends LargeDataContract {
    @Override
    protected PersistenceProvider store() {
      return store;
    }
  }
}
