package org.seniortutorkit.moodle.sync;

import java.util.ArrayList;
import java.util.List;

/** A journal held in memory: for tests and dry runs. */
public final class InMemoryJournal implements Journal {
  private final List<JournalEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(List<JournalEntry> newEntries) {
    entries.addAll(newEntries);
  }

  @Override
  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }
}
