package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link CaseStore} in a map, for tests and embedding. Thread-safe: a save checks the stored version and
 * replaces the case as one step, so of two desks saving the same version of a case, one wins and the other
 * gets a {@link StaleCaseException}.
 */
public final class InMemoryCaseStore implements CaseStore {
  private final Map<CaseId, StudentCase> cases = new LinkedHashMap<>();

  @Override
  public synchronized Optional<StudentCase> find(CaseId id) {
    return Optional.ofNullable(cases.get(id));
  }

  @Override
  public synchronized List<StudentCase> all() {
    return ImmutableList.copyOf(cases.values());
  }

  @Override
  public synchronized void save(StudentCase updated, Optional<Version> expected) {
    Optional<Version> stored = find(updated.id()).map(StudentCase::version);
    if (!stored.equals(expected)) {
      throw new StaleCaseException(updated.id(), expected, stored);
    }
    cases.put(updated.id(), updated);
  }
}
