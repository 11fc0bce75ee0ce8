/**
 * The JDBC adapter of core's storage ports: plain JDBC (no ORM), schema migrations by Flyway, a HikariCP pool and
 * batched writes. Embedded H2 is the default ({@link org.seniortutorkit.persistence.jdbc.JdbcPersistence#embeddedH2});
 * PostgreSQL is for production.
 */
@DomainValue
package org.seniortutorkit.persistence.jdbc;

import org.seniortutorkit.kernel.DomainValue;
