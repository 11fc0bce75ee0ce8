package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/** A proposed or sitting panel's identifier, e.g. {@code "DISC-2026-014"}. */
@Value.Immutable
@JsonDeserialize(converter = PanelIdDef.FromJson.class)
abstract class PanelIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, PanelId> {
    @Override
    public PanelId convert(String value) {
      return PanelId.of(value);
    }
  }
}
