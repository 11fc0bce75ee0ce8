package org.seniortutorkit.moodle.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the journal says about each thing the plugin has touched: whether it created it (and has not removed it
 * since), and whether an operation on it is in doubt because the process stopped before Moodle's answer was
 * recorded.
 */
public final class Ledger {
  private final Map<String, SyncOperation> created = new LinkedHashMap<>();
  private final Map<String, SyncOperation> inDoubt = new LinkedHashMap<>();
  private final Map<String, JournalEntry> lastOutcome = new LinkedHashMap<>();

  private Ledger() {}

  /** Replays {@code journal}, oldest entry first. */
  public static Ledger of(Journal journal) {
    Ledger ledger = new Ledger();
    for (JournalEntry entry : journal.entries()) {
      ledger.replay(entry);
    }
    return ledger;
  }

  private void replay(JournalEntry entry) {
    switch (entry.phase()) {
      case INTENDED -> entry.operation().ifPresentOrElse(
          op -> inDoubt.put(entry.key(), op), () -> inDoubt.put(entry.key(), null));
      case APPLIED -> {
        inDoubt.remove(entry.key());
        lastOutcome.put(entry.key(), entry);
        entry.operation().ifPresent(op -> {
          if (op.kind().adds()) {
            created.put(op.key(), op);
          } else {
            created.remove(op.key());
          }
        });
      }
      case FAILED -> {
        inDoubt.remove(entry.key());
        lastOutcome.put(entry.key(), entry);
      }
    }
  }

  /** Adds the plugin made and has not undone: the only things it may remove. */
  public Map<String, SyncOperation> created() {
    return java.util.Collections.unmodifiableMap(created);
  }

  /** Operations sent (or about to be) when the process stopped; their effect in Moodle is unknown. */
  public Map<String, SyncOperation> inDoubt() {
    Map<String, SyncOperation> operations = new LinkedHashMap<>();
    inDoubt.forEach((key, op) -> {
      if (op != null) {
        operations.put(key, op);
      }
    });
    return operations;
  }

  /** Whether anything about {@code key} is in doubt, including concerns (which have no operation). */
  public boolean isInDoubt(String key) {
    return inDoubt.containsKey(key);
  }

  /** The last recorded outcome for {@code key}, applied or failed. */
  public Optional<JournalEntry> lastOutcome(String key) {
    return Optional.ofNullable(lastOutcome.get(key));
  }
}
