package org.seniortutorkit.persistence;

/**
 * A configured store: the entry point an adapter hands to the application. Close it to release connections,
 * files and threads.
 *
 * <pre>{@code
 * try (PersistenceProvider store = JdbcPersistence.embeddedH2(Path.of("."))) {
 *   store.run(work -> work.students().save(student, Version.none()));
 * }
 * }</pre>
 */
public interface PersistenceProvider extends Transactor, AutoCloseable {
  /** A short description for logs, e.g. {@code "in-memory"} or {@code "PostgreSQL at db:5432/stk"}; no secrets. */
  String describe();

  @Override
  void close();
}
