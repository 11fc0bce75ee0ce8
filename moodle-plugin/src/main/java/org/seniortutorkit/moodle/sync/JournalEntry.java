package org.seniortutorkit.moodle.sync;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of the journal: an operation {@link Phase#INTENDED} before it is sent, then {@link Phase#APPLIED} or
 * {@link Phase#FAILED} once Moodle has answered. An intention with no outcome is "in doubt": the process stopped
 * while Moodle may or may not have applied it.
 *
 * @param key what the entry is about: {@link SyncOperation#key()} or {@code concern:<id>}
 * @param operation the Moodle change, for role and cohort entries
 * @param detail a failure reason, or what was delivered for a concern; never personal data beyond ids
 */
public record JournalEntry(Instant at, String run, Phase phase, String key, Optional<SyncOperation> operation,
    Optional<String> detail) {

  /** Where an entry stands. */
  public enum Phase {
    INTENDED,
    APPLIED,
    FAILED
  }

  public static JournalEntry of(Instant at, String run, Phase phase, SyncOperation operation) {
    return new JournalEntry(at, run, phase, operation.key(), Optional.of(operation), Optional.empty());
  }

  public JournalEntry withDetail(String text) {
    return new JournalEntry(at, run, phase, key, operation, Optional.of(text));
  }
}
