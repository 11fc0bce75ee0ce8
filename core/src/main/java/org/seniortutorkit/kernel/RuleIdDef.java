package org.seniortutorkit.kernel;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.util.StdConverter;
import org.immutables.value.Value;

/**
 * A rule's stable id, e.g. {@code "MON-ATTENDANCE"}: findings, the citations of policy packs and the concerns opened
 * from a finding name rules by it.
 */
@Value.Immutable
@JsonDeserialize(converter = RuleIdDef.FromJson.class)
abstract class RuleIdDef extends Identifier {
  /** Reads the plain-string JSON form. */
  static final class FromJson extends StdConverter<String, RuleId> {
    @Override
    public RuleId convert(String value) {
      return RuleId.of(value);
    }
  }
}
