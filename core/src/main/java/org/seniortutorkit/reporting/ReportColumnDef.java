package org.seniortutorkit.reporting;

import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/** A column of a report: a snake_case name (the CSV header and the JSON field) and its type. */
@Value.Immutable
abstract class ReportColumnDef implements SelfValidating {
  @Value.Parameter
  @Pattern(regexp = "[a-z][a-z0-9_]*", message = "must be snake_case")
  public abstract String name();

  @Value.Parameter
  public abstract ColumnType type();
}
