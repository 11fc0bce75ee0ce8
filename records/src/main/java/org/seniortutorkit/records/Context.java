package org.seniortutorkit.records;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/** {@code context.json}: {@code {"asOf": "2026-11-27"}}, the date the folder's records are checked as of. */
record Context(LocalDate asOf) {
  @JsonCreator
  Context(@JsonProperty(value = "asOf", required = true) LocalDate asOf) {
    this.asOf = asOf;
  }
}
