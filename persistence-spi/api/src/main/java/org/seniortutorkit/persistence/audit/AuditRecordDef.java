package org.seniortutorkit.persistence.audit;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * One audit-log entry as stored: who did what, to whose record, for what purpose, chained to the previous
 * entry by hash. The hash chain is computed by the audit capability; stores keep it exactly as given.
 * Stores keep {@link #at()} to at least microsecond precision. Every field the audit capability hashes
 * (actor, student, action, subject, purpose, rule) is here, so an entry read back still verifies.
 */
@Value.Immutable
abstract class AuditRecordDef implements SelfValidating {
  /** Position in the log, from 1, unique. */
  @Min(1)
  public abstract long sequence();

  public abstract Instant at();

  @NotBlank
  public abstract String actor();

  @NotBlank
  public abstract String action();

  /** The student whose record was touched, if any. */
  public abstract Optional<StudentId> studentId();

  /**
   * Which part of the record was touched, e.g. {@code "student record: PROFILE shown"}: names, never content.
   * Absent on entries stored before the SPI carried it.
   */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> subject();

  @NotBlank
  public abstract String purpose();

  /**
   * The access rule under which it was permitted or denied, e.g. {@code "AR-7"}. Absent on entries stored
   * before the SPI carried it.
   */
  public abstract Optional<@Pattern(regexp = ".*\\S.*", message = "must not be blank") String> rule();

  @NotBlank
  public abstract String previousHash();

  @NotBlank
  public abstract String hash();
}
