package org.seniortutorkit.persistence;

/** Work done in one transaction: it reads and writes through the unit of work, and returns a result. */
@FunctionalInterface
public interface TransactionalWork<R> {
  R apply(UnitOfWork work);
}
