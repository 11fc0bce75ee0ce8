package org.seniortutorkit.regulation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;

/** A stage of the withdrawal procedure already issued to a student. */
@Value.Immutable
@JsonSerialize(as = WithdrawalWarning.class)
@JsonDeserialize(as = WithdrawalWarning.class)
abstract class WithdrawalWarningDef {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  public abstract WithdrawalStage stage();

  @Value.Parameter
  public abstract LocalDate issuedOn();
}
