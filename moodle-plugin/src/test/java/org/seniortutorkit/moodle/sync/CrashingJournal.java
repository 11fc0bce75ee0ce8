package org.seniortutorkit.moodle.sync;

import java.util.List;

/** A journal that "crashes" (throws) on its n-th append, which is therefore lost, as if the process died. */
final class CrashingJournal implements Journal {
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash() {
      super("simulated crash");
    }
  }

  private final Journal durable;
  private final int crashOnAppend;
  private int appends;

  CrashingJournal(Journal durable, int crashOnAppend) {
    this.durable = durable;
    this.crashOnAppend = crashOnAppend;
  }

  @Override
  public void append(List<JournalEntry> entries) {
    if (++appends == crashOnAppend) {
      throw new Crash();
    }
    durable.append(entries);
  }

  @Override
  public List<JournalEntry> entries() {
    return durable.entries();
  }
}
