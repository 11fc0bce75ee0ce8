package org.seniortutorkit.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;

/** What the running transaction changed, as steps that put things back: replayed newest first on rollback. */
final class UndoLog {
  private final Deque<Runnable> steps = new ArrayDeque<>();

  void begin() {
    steps.clear();
  }

  void record(Runnable step) {
    steps.push(step);
  }

  void commit() {
    steps.clear();
  }

  void rollback() {
    while (!steps.isEmpty()) {
      steps.pop().run();
    }
  }
}
