package org.seniortutorkit.examples.adapter;

import java.util.ArrayDeque;
import java.util.Deque;

/** How to put back what the running transaction changed: each write leaves a step, undone newest first. */
final class Rollback {
  private final Deque<Runnable> steps = new ArrayDeque<>();

  void begin() {
    steps.clear();
  }

  void onUndo(Runnable step) {
    steps.push(step);
  }

  void forget() {
    steps.clear();
  }

  void undoAll() {
    while (!steps.isEmpty()) {
      steps.pop().run();
    }
  }
}
