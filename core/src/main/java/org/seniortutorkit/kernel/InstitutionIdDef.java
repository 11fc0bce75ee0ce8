package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** An institution's identifier, e.g. {@code "UKUNI"}. */
@Value.Immutable
@JsonDeserialize(converter = InstitutionIdDef.FromJson.class)
abstract class InstitutionIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, InstitutionId> {
    @Override
    public InstitutionId convert(String value) {
      return InstitutionId.of(value);
    }
  }
}
