package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A mitigating-circumstances claim's identifier, e.g. {@code "MC-01"}. */
@Value.Immutable
@JsonDeserialize(converter = ClaimIdDef.FromJson.class)
abstract class ClaimIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, ClaimId> {
    @Override
    public ClaimId convert(String value) {
      return ClaimId.of(value);
    }
  }
}
