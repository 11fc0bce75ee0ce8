package org.seniortutorkit.audit;

import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * What to record, before it is placed in the chain: who, about which student, what they did, to what part of
 * the record, for which purpose and under which access rule. {@link #subject()} names parts of the record
 * (e.g. {@code "student record: PROFILE shown, DISABILITY_DETAILS withheld"}), never their content.
 */
@Value.Immutable
abstract class AuditRecordDef implements SelfValidating {
  @NotBlank
  public abstract String actor();

  public abstract StudentId student();

  public abstract AuditAction action();

  @NotBlank
  public abstract String subject();

  @NotBlank
  public abstract String purpose();

  @NotBlank
  public abstract String rule();
}
