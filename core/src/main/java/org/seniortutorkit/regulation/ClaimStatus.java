package org.seniortutorkit.regulation;

/** Where a claim stands; only the panel (or, for self-certification, Registry) accepts or rejects. */
public enum ClaimStatus {
  PENDING,
  ACCEPTED,
  REJECTED
}
