/**
 * Senior Tutor Kit's JDBC persistence adapter: core's stores over a relational database, migrated by Flyway and
 * pooled by HikariCP.
 *
 * <p>The JDBC driver (H2, PostgreSQL, ...) is the application's choice and is found by {@code java.sql}'s
 * {@code DriverManager}, so no driver module is required here. The settings package is opened to Hibernate
 * Validator, which reads the constraints on {@code JdbcSettings}, and the Flyway migrations' folders are opened so
 * that Flyway, in another module, can read them as resources.
 */
module org.seniortutorkit.persistence.jdbc {
  requires transitive org.seniortutorkit.core;
  requires transitive java.sql;
  requires com.zaxxer.hikari;
  requires flyway.core;
  // Needed to compile only: Immutables' annotations and those its generated code carries.
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;
  exports org.seniortutorkit.persistence.jdbc;
  opens org.seniortutorkit.persistence.jdbc to org.hibernate.validator;
  opens db.migration.common;
  opens db.migration.postgresql;
}
