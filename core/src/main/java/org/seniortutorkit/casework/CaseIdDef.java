package org.seniortutorkit.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.values.SelfValidating;

/** A case's identifier, e.g. {@code "C-2026-0007"}. */
@Value.Immutable
@JsonDeserialize(converter = CaseIdDef.FromJson.class)
abstract class CaseIdDef implements SelfValidating {
  @Value.Parameter
  @JsonValue
  @NotBlank
  @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
  public abstract String value();

  @Override
  public String toString() {
    return value();
  }

  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, CaseId> {
    @Override
    public CaseId convert(String value) {
      return CaseId.of(value);
    }
  }
}
