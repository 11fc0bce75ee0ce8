package org.seniortutorkit.kernel;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * The shape of every identifier value ({@code StudentId}, {@code StaffId}, {@code CaseId}, ...): one string as
 * the issuing system spells it, 1-64 letters, digits, '.', '_' or '-', written in JSON as a plain string. Each
 * identifier is its own type so that a student's id can never be passed where a tutor's is expected.
 */
public abstract class Identifier implements SelfValidating {
  @Value.Parameter
  @JsonValue
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
  public abstract String value();

  @Override
  public String toString() {
    return value();
  }
}
