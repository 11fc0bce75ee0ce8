package org.seniortutorkit.moodle.sync;

import java.util.List;

/**
 * The append-only record of every change the plugin intended and made in Moodle. Core Moodle cannot list role
 * assignments over web services, so this is how the plugin knows what it created (and may therefore remove),
 * and how an interrupted {@code apply} resumes without repeating finished work.
 */
public interface Journal {
  /** Appends {@code entries} durably: when this returns they survive a crash. */
  void append(List<JournalEntry> entries);

  /** Every entry, oldest first. */
  List<JournalEntry> entries();
}
