package org.seniortutorkit.persistence.tck;

import org.seniortutorkit.persistence.PersistenceProvider;
import java.util.function.Function;
import org.seniortutorkit.persistence.UnitOfWork;

/** What every contract needs: the store under test, and a short way to run work in a transaction. */
public abstract class ContractSupport {
  /** The fresh, empty store of the current test. */
  protected abstract PersistenceProvider store();

  protected <R> R tx(Function<UnitOfWork, R> work) {
    return store().inTransaction(work);
  }

  protected void run(java.util.function.Consumer<UnitOfWork> work) {
    store().run(work);
  }
}
