package org.seniortutorkit.persistence.jdbc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Where the database is and how to connect.
 *
 * <pre>{@code
 * JdbcSettings.builder().url("jdbc:postgresql://db:5432/stk").user("stk").password(secret).schema("tutoring").build();
 * }</pre>
 */
@Value.Immutable
abstract class JdbcSettingsDef implements SelfValidating {
  @NotBlank
  @Pattern(regexp = "jdbc:(h2|postgresql):.*", message = "must be an H2 or PostgreSQL JDBC URL")
  public abstract String url();

  @Value.Default
  public String user() {
    return "";
  }

  @Value.Redacted
  @Value.Default
  public String password() {
    return "";
  }

  /** A schema to keep the tables in (created if missing); the user's default schema otherwise. */
  public abstract Optional<@Pattern(regexp = "[a-z_][a-z0-9_]{0,62}",
      message = "must be lower-case letters, digits and '_'") String> schema();

  @Value.Default
  @Min(2)
  @Max(100)
  public int maximumPoolSize() {
    return 4;
  }

  /** The URL without credentials or options, for logs. */
  public String describe() {
    int options = url().indexOf(';');
    String where = options < 0 ? url() : url().substring(0, options);
    return where + schema().map(s -> " schema " + s).orElse("");
  }
}
