package org.seniortutorkit.persistence.casework;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.seniortutorkit.kernel.CaseId;
import org.seniortutorkit.casework.CaseStore;
import org.seniortutorkit.casework.StaleCaseException;
import org.seniortutorkit.casework.StudentCase;
import org.seniortutorkit.casework.Version;
import org.seniortutorkit.persistence.ConcurrentModificationConflict;
import org.seniortutorkit.persistence.Transactor;
import org.seniortutorkit.persistence.Versioned;

/**
 * Core's {@link CaseStore} kept in any persistence adapter: each case is a {@link StoredCase} envelope
 * ({@link CaseEnvelope}), and each call runs in its own transaction.
 *
 * <pre>{@code
 * CaseDesk desk = new CaseDesk(new PersistentCaseStore(provider), notifications, ServiceDirectory.standard());
 * }</pre>
 *
 * <p>Two versions are at work. The case's own {@link Version} (transitions made) is what callers name when they
 * save; the store's version (saves made) is what the adapter checks atomically. A save first compares the
 * caller's expected case version with the stored case's, then writes naming the store version it just read, so
 * a desk that raced past that read is refused by the adapter; either way the caller gets core's
 * {@link StaleCaseException} and nothing is written.
 */
public final class PersistentCaseStore implements CaseStore {
  private final Transactor store;

  public PersistentCaseStore(Transactor store) {
    this.store = store;
  }

  @Override
  public Optional<StudentCase> find(CaseId id) {
    return store.inTransaction(work -> work.cases().find(id.value()))
        .map(stored -> CaseEnvelope.open(stored.value()));
  }

  /** Every case, in id order. */
  @Override
  public List<StudentCase> all() {
    return store.inTransaction(work -> {
      try (Stream<Versioned<StoredCase>> cases = work.cases().stream(CaseQuery.all())) {
        return cases.map(stored -> CaseEnvelope.open(stored.value())).collect(ImmutableList.toImmutableList());
      }
    });
  }

  @Override
  public void save(StudentCase updated, Optional<Version> expected) {
    StoredCase envelope = CaseEnvelope.seal(updated);
    try {
      store.run(work -> {
        Optional<Versioned<StoredCase>> stored = work.cases().find(envelope.id());
        Optional<Version> storedVersion = stored.map(row -> CaseEnvelope.open(row.value()).version());
        if (!storedVersion.equals(expected)) {
          throw new StaleCaseException(updated.id(), expected, storedVersion);
        }
        work.cases().save(envelope,
            stored.map(Versioned::version).orElse(org.seniortutorkit.persistence.Version.none()));
      });
    } catch (ConcurrentModificationConflict raced) {
      // Another desk saved between this save's read and its write; the adapter refused the write.
      throw new StaleCaseException(updated.id(), expected, find(updated.id()).map(StudentCase::version));
    }
  }
}
