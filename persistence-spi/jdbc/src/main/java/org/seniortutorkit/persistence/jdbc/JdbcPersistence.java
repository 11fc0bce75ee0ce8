package org.seniortutorkit.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.seniortutorkit.kernel.store.PersistenceException;
import org.seniortutorkit.persistence.PersistenceProvider;
import org.seniortutorkit.persistence.UnitOfWork;
import java.util.function.Function;

/**
 * The JDBC adapter: opens a pooled data source, brings the schema up to date with Flyway, and runs each unit of
 * work in one database transaction on one connection.
 *
 * <pre>{@code
 * try (PersistenceProvider store = JdbcPersistence.embeddedH2(Path.of("."))) {    // ./senior-tutor-kit.mv.db
 *   store.run(work -> work.students().save(student, Version.none()));
 * }
 * }</pre>
 *
 * <p>Special-category columns are stored as given; encryption at rest is the database's job (an encrypted disk or
 * volume, PostgreSQL column or tablespace encryption, or H2's {@code CIPHER=AES}).
 */
public final class JdbcPersistence implements PersistenceProvider {
  private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE";

  private final HikariDataSource dataSource;
  private final String description;
  private final ThreadLocal<JdbcUnitOfWork> current = new ThreadLocal<>();

  private JdbcPersistence(HikariDataSource dataSource, String description) {
    this.dataSource = dataSource;
    this.description = description;
  }

  /**
   * The default store: an embedded H2 database file {@code senior-tutor-kit.mv.db} in {@code workingFolder},
   * created and migrated on first use.
   */
  public static JdbcPersistence embeddedH2(Path workingFolder) {
    Path file = workingFolder.toAbsolutePath().resolve("senior-tutor-kit");
    return open(JdbcSettings.builder().url("jdbc:h2:file:" + file + H2_OPTIONS).user("sa").build());
  }

  /** A private in-memory H2 database that lives as long as the returned store: for tests and demos. */
  public static JdbcPersistence inMemoryH2(String name) {
    return open(JdbcSettings.builder().url("jdbc:h2:mem:" + name + H2_OPTIONS).user("sa").build());
  }

  /** A PostgreSQL database, e.g. {@code postgres("jdbc:postgresql://db:5432/stk", "stk", secret)}. */
  public static JdbcPersistence postgres(String url, String user, String password) {
    return open(JdbcSettings.builder().url(url).user(user).password(password).build());
  }

  /** Connects, migrates the schema to the latest version and returns the ready store. */
  public static JdbcPersistence open(JdbcSettings settings) {
    HikariDataSource dataSource = new HikariDataSource(poolConfig(settings));
    try {
      migrate(dataSource, settings);
      return new JdbcPersistence(dataSource, settings.describe());
    } catch (RuntimeException failure) {
      dataSource.close();
      throw failure;
    }
  }

  private static HikariConfig poolConfig(JdbcSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("senior-tutor-kit");
    config.setJdbcUrl(withBatchRewrite(settings.url()));
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setAutoCommit(false);
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    settings.schema().ifPresent(config::setSchema);
    return config;
  }

  /** PostgreSQL sends a batch of single-row inserts as multi-row inserts only when asked: ask. */
  private static String withBatchRewrite(String url) {
    if (!url.startsWith("jdbc:postgresql:") || url.contains("reWriteBatchedInserts")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
  }

  private static void migrate(HikariDataSource dataSource, JdbcSettings settings) {
    var flyway = Flyway.configure()
        .dataSource(dataSource)
        .locations(migrationsFor(settings.url()));
    settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema).createSchemas(true));
    flyway.load().migrate();
  }

  /** Migrations both databases share, then those only PostgreSQL has (e.g. the audit log's append-only trigger). */
  private static String[] migrationsFor(String url) {
    return url.startsWith("jdbc:postgresql:")
        ? new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"}
        : new String[] {"classpath:db/migration/common"};
  }

  @Override
  public <R> R inTransaction(Function<? super UnitOfWork, R> work) {
    JdbcUnitOfWork joined = current.get();
    if (joined != null) {
      return work.apply(joined);
    }
    try (Connection connection = dataSource.getConnection()) {
      JdbcUnitOfWork unit = new JdbcUnitOfWork(connection);
      current.set(unit);
      try {
        R result = work.apply(unit);
        unit.closeOpenCursors();
        connection.commit();
        return result;
      } catch (RuntimeException | Error failure) {
        rollback(unit, connection, failure);
        throw failure;
      } finally {
        current.remove();
      }
    } catch (SQLException e) {
      throw new PersistenceException("transaction failed on " + description + ": " + e.getMessage(), e);
    }
  }

  private static void rollback(JdbcUnitOfWork unit, Connection connection, Throwable failure) {
    try {
      unit.closeOpenCursors();
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
