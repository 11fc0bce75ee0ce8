package org.seniortutorkit.examples.cli.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given width at spaces; a word longer than the width gets a line of its own.
 * Tables use it for their wrapped columns, commands for a title or count line that may outgrow the terminal.
 */
public final class WordWrap {
  private WordWrap() {}

  public static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() > 0 ? " " : "").append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  static int longestWord(String text) {
    return words(text).stream().mapToInt(String::length).max().orElse(0);
  }

  private static List<String> words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
  }
}
