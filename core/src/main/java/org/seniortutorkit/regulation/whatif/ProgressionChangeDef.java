package org.seniortutorkit.regulation.whatif;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;

/** A student whose progression outcome differs under the changed policy. */
@Value.Immutable
@JsonSerialize(as = ProgressionChange.class)
@JsonDeserialize(as = ProgressionChange.class)
abstract class ProgressionChangeDef {
  @Value.Parameter
  public abstract StudentId student();

  @Value.Parameter
  public abstract String before();

  @Value.Parameter
  public abstract String after();

  @Override
  public String toString() {
    return student() + ": " + before() + " -> " + after();
  }
}
