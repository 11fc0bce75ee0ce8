package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A student's stable identifier, as the student-records system issues it (e.g. {@code "S1234567"}). */
@Value.Immutable
@JsonDeserialize(converter = StudentIdDef.FromJson.class)
abstract class StudentIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, StudentId> {
    @Override
    public StudentId convert(String value) {
      return StudentId.of(value);
    }
  }
}
