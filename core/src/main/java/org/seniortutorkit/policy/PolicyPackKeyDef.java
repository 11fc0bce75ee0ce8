package org.seniortutorkit.policy;

import org.immutables.value.Value;

/** A policy pack's id: the pack and its edition. */
@Value.Immutable
abstract class PolicyPackKeyDef implements Comparable<PolicyPackKey> {
  @Value.Parameter
  public abstract String id();

  @Value.Parameter
  public abstract String packVersion();

  @Override
  public int compareTo(PolicyPackKey other) {
    int byId = id().compareTo(other.id());
    return byId != 0 ? byId : packVersion().compareTo(other.packVersion());
  }

  @Override
  public String toString() {
    return id() + "@" + packVersion();
  }
}
