package org.seniortutorkit.institution;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.Identifier;

/** A programme of study's code, e.g. {@code "F100"} (BSc Chemistry). */
@Value.Immutable
@JsonDeserialize(converter = ProgrammeCodeDef.FromJson.class)
abstract class ProgrammeCodeDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, ProgrammeCode> {
    @Override
    public ProgrammeCode convert(String value) {
      return ProgrammeCode.of(value);
    }
  }
}
