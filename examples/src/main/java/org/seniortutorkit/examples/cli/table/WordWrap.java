package org.seniortutorkit.examples.cli.table;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given width at spaces; a word longer than the width gets a line of its own.
 * Tables use it for their wrapped columns, commands for a title or count line that may outgrow the terminal.
 */
public final class WordWrap {
  static final int HANGING = 6;

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

  /**
   * A printed line that may outgrow the terminal: wrapped at spaces, its continuation lines indented
   * {@value #HANGING} characters more than the line itself, so a log-like line ("09:00 raised ...") reads as one
   * entry.
   */
  public static List<String> hanging(String line, int width) {
    if (line.length() <= width) {
      return List.of(line);   // as it is: a table row's spacing is its alignment
    }
    int indent = line.length() - line.stripLeading().length();
    String margin = line.substring(0, indent);
    String continuation = margin + " ".repeat(HANGING);
    List<String> lines = new ArrayList<>();
    List<String> first = lines(line, width - indent);
    lines.add(margin + first.get(0));
    String rest = String.join(" ", first.subList(1, first.size()));
    if (!rest.isEmpty()) {
      lines(rest, width - continuation.length()).forEach(l -> lines.add(continuation + l));
    }
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
