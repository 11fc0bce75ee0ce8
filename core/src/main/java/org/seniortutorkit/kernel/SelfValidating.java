package org.seniortutorkit.kernel;

import org.immutables.value.Value;

/**
 * A value type that checks its Jakarta Validation constraints when it is built, so an invalid instance never
 * exists. Invariants that span fields go in a {@code @Value.Check} method of the type itself, failing with
 * {@link InvalidValueException#of}.
 */
public interface SelfValidating {
  @Value.Check
  default void checkConstraints() {
    ValueValidator.validate(this);
  }
}
