package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import java.util.List;
import java.util.Optional;

/**
 * Where cases are kept. Implemented by a persistence module; {@link InMemoryCaseStore} serves tests and
 * embedding. {@link #save} must refuse a write whose expected version is not the stored one, so that two
 * desks acting on the same case cannot silently overwrite each other.
 */
public interface CaseStore {
  Optional<StudentCase> find(CaseId id);

  List<StudentCase> all();

  /**
   * Stores {@code updated}, which must follow {@code expected} (empty for a new case).
   *
   * @throws StaleCaseException when the stored version is not {@code expected}
   */
  void save(StudentCase updated, Optional<Version> expected);
}
