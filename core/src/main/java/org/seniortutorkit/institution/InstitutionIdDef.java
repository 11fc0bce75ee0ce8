package org.seniortutorkit.institution;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.values.SelfValidating;

/** An institution's identifier, e.g. {@code "UKUNI"}. */
@Value.Immutable
@JsonDeserialize(converter = InstitutionIdDef.FromJson.class)
abstract class InstitutionIdDef implements SelfValidating {
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
  static final class FromJson extends StdConverter<String, InstitutionId> {
    @Override
    public InstitutionId convert(String value) {
      return InstitutionId.of(value);
    }
  }
}
