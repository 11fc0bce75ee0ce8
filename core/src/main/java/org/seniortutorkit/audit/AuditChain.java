package org.seniortutorkit.audit;

import java.util.List;

/**
 * Verifies an audit chain and reports its first break. An edited entry no longer matches its hash; an edit
 * whose hash was recomputed breaks the next entry's link; a removed entry leaves a gap in the sequence; a
 * moved entry makes the sequence go back or appear later.
 *
 * <p>The chain alone cannot show that entries were cut off its end: compare the last hash with one kept
 * elsewhere ({@link #verify(List, String)}), e.g. published daily.
 */
public final class AuditChain {
  private AuditChain() {}

  public static ChainVerification verify(List<AuditEntry> entries) {
    String expectedPrevious = AuditEntry.GENESIS;
    long expectedSequence = 1;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry entry = entries.get(i);
      if (!entry.hash().equals(entry.expectedHash())) {
        return ChainVerification.broken(i + 1, ChainBreakKind.EDITED, i,
            "entry " + entry.sequence() + " does not match its hash");
      }
      if (entry.sequence() != expectedSequence) {
        return sequenceBreak(entries, i, expectedSequence);
      }
      if (!entry.previousHash().equals(expectedPrevious)) {
        return ChainVerification.broken(i + 1, ChainBreakKind.EDITED, i - 1,
            "entry " + (expectedSequence - 1) + " was changed and re-hashed: entry " + entry.sequence()
                + " no longer links to it");
      }
      expectedPrevious = entry.hash();
      expectedSequence = entry.sequence() + 1;
    }
    return ChainVerification.intact(entries.size());
  }

  /** Also checks that the chain ends at {@code headHash}, kept elsewhere, so a cut-off tail shows. */
  public static ChainVerification verify(List<AuditEntry> entries, String headHash) {
    ChainVerification chain = verify(entries);
    if (!chain.isIntact()) {
      return chain;
    }
    String last = entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
    if (!last.equals(headHash)) {
      return ChainVerification.broken(entries.size(), ChainBreakKind.REMOVED, entries.size(),
          "the chain does not end at the recorded head " + headHash + "; entries were removed from its end");
    }
    return chain;
  }

  private static ChainVerification sequenceBreak(List<AuditEntry> entries, int i, long expectedSequence) {
    long found = entries.get(i).sequence();
    boolean missingShowsLater = entries.subList(i + 1, entries.size()).stream()
        .anyMatch(e -> e.sequence() == expectedSequence);
    if (found < expectedSequence || missingShowsLater) {
      return ChainVerification.broken(i + 1, ChainBreakKind.REORDERED, i,
          "expected entry " + expectedSequence + " at this position but found entry " + found);
    }
    return ChainVerification.broken(i + 1, ChainBreakKind.REMOVED, i,
        "entries " + expectedSequence + (found - 1 > expectedSequence ? " to " + (found - 1) : "")
            + " are missing before entry " + found);
  }
}
