package org.seniortutorkit.regulation;

/** The stages of the withdrawal procedure for lack of academic progress, in order. */
public enum WithdrawalStage {
  FIRST_WARNING,
  SECOND_WARNING,
  REFERRED_TO_REGISTRY;

  /** The stage after this one, or this one if it is the last. */
  public WithdrawalStage next() {
    return this == REFERRED_TO_REGISTRY ? this : values()[ordinal() + 1];
  }
}
