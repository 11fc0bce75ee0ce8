package org.seniortutorkit.tutoring;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.Identifier;

/** A tutor meeting's identifier, unique within the institution. */
@Value.Immutable
@JsonDeserialize(converter = MeetingIdDef.FromJson.class)
abstract class MeetingIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, MeetingId> {
    @Override
    public MeetingId convert(String value) {
      return MeetingId.of(value);
    }
  }
}
