package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A case's identifier, e.g. {@code "C-2026-0007"}. */
@Value.Immutable
@JsonDeserialize(converter = CaseIdDef.FromJson.class)
abstract class CaseIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, CaseId> {
    @Override
    public CaseId convert(String value) {
      return CaseId.of(value);
    }
  }
}
