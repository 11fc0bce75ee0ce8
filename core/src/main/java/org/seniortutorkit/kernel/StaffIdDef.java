package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A member of staff's stable identifier, as the HR or records system issues it (e.g. {@code "T0042"}). */
@Value.Immutable
@JsonDeserialize(converter = StaffIdDef.FromJson.class)
abstract class StaffIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, StaffId> {
    @Override
    public StaffId convert(String value) {
      return StaffId.of(value);
    }
  }
}
