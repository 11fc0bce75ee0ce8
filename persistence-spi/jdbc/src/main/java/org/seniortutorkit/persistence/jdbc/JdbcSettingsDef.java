package org.seniortutorkit.persistence.jdbc;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;
import org.seniortutorkit.kernel.ValueValidator;

/**
 * Where the database is and how to connect.
 *
 * <pre>{@code
 * JdbcSettings.builder().url("jdbc:postgresql://db:5432/stk").user("stk").password(secret).schema("tutoring").build();
 * }</pre>
 */
@Value.Immutable
abstract class JdbcSettingsDef implements SelfValidating {
  /** A password in the URL: {@code ?password=}, {@code ;PASSWORD=} or {@code //user:secret@host}. */
  private static final java.util.regex.Pattern CREDENTIALS_IN_URL =
      java.util.regex.Pattern.compile("(?i)([?&;]password=)|(//[^/@?;]*:[^/@?;]*@)");
  private static final java.util.regex.Pattern USER_INFO = java.util.regex.Pattern.compile("//[^/@?;]*@");

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

  /**
   * Refuses a URL that carries a password before the constraints are checked, because a constraint's message
   * would repeat the URL: the password belongs in {@link #password()}, read from the environment or a file.
   */
  @Override
  @Value.Check
  public void checkConstraints() {
    if (CREDENTIALS_IN_URL.matcher(url()).find()) {
      throw new InvalidValueException("JdbcSettings", List.of(InvalidValueException.Violation.redacted("url",
          "must not carry a password: give it as the password setting (from the environment or a file)")));
    }
    ValueValidator.validate(this);
  }

  /** The URL without credentials, query or options, for logs, e.g. {@code jdbc:postgresql://db:5432/stk}. */
  public String describe() {
    String where = url().split("[;?]", 2)[0];
    return USER_INFO.matcher(where).replaceFirst("//") + schema().map(s -> " schema " + s).orElse("");
  }
}
