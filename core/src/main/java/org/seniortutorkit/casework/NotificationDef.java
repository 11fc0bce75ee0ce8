package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A message to a member of staff about a case. The text names the student by id and the case by kind and
 * state only: it never carries special-category data, since e-mail and chat are not safe places for it.
 */
@Value.Immutable
abstract class NotificationDef implements SelfValidating {
  public abstract StaffId recipient();

  public abstract CaseId caseId();

  public abstract LocalDate on();

  @NotBlank
  public abstract String subject();

  @NotBlank
  public abstract String text();
}
