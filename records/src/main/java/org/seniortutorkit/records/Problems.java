package org.seniortutorkit.records;

import java.util.ArrayList;
import java.util.List;

/** The problems found while reading one folder: the first {@value RecordsFolderException#SHOWN} kept, all counted. */
final class Problems {
  private final String folder;
  private final List<RecordsProblem> kept = new ArrayList<>();
  private long count;

  Problems(String folder) {
    this.folder = folder;
  }

  void add(RecordsProblem problem) {
    count++;
    if (kept.size() < RecordsFolderException.SHOWN) {
      kept.add(problem);
    }
  }

  void add(String file, String where, String what, String rule) {
    add(new RecordsProblem(file, where, what, rule));
  }

  boolean isEmpty() {
    return count == 0;
  }

  /** Throws every problem found so far together, if there is one. */
  void throwIfAny() {
    if (count > 0) {
      throw new RecordsFolderException(folder, kept, count);
    }
  }
}
