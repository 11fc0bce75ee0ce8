package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A faculty's identifier, e.g. {@code "FSCI"} (the Faculty of Science). */
@Value.Immutable
@JsonDeserialize(converter = FacultyIdDef.FromJson.class)
abstract class FacultyIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, FacultyId> {
    @Override
    public FacultyId convert(String value) {
      return FacultyId.of(value);
    }
  }
}
