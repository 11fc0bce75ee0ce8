package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A department's identifier, e.g. {@code "CHEM"}. */
@Value.Immutable
@JsonDeserialize(converter = DepartmentIdDef.FromJson.class)
abstract class DepartmentIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, DepartmentId> {
    @Override
    public DepartmentId convert(String value) {
      return DepartmentId.of(value);
    }
  }
}
