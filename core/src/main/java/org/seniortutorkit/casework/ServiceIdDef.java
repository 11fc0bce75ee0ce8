package org.seniortutorkit.casework;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * A support service's identifier in the {@link ServiceDirectory}, e.g. {@code "wellbeing"}; in JSON the plain
 * string, like every identifier.
 */
@Value.Immutable
@JsonDeserialize(converter = ServiceIdDef.FromJson.class)
abstract class ServiceIdDef implements SelfValidating {
  @Value.Parameter
  @JsonValue
  @NotBlank
  @Pattern(regexp = "[a-z0-9-]{1,64}", message = "must be 1-64 lower-case letters, digits or '-'")
  public abstract String value();

  @Override
  public String toString() {
    return value();
  }

  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, ServiceId> {
    @Override
    public ServiceId convert(String value) {
      return ServiceId.of(value);
    }
  }
}
