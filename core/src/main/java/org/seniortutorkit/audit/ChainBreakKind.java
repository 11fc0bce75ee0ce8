package org.seniortutorkit.audit;

/** How an audit chain was tampered with. */
public enum ChainBreakKind {
  /** An entry's content no longer matches its hash, or its hash was recomputed after an edit. */
  EDITED,
  /** One or more entries are missing. */
  REMOVED,
  /** Entries are out of order. */
  REORDERED
}
