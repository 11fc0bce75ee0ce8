package org.seniortutorkit.kernel;

import java.time.LocalDate;
import org.seniortutorkit.training.CpdActivity;

/**
 * What an embedding application does first: build a value (bootstrapping validation) and meet a broken rule.
 * {@link QuietStartTest} runs it in a fresh JVM and reads its output.
 */
final class BuildValuesInFreshJvm {
  private BuildValuesInFreshJvm() {}

  public static void main(String[] args) {
    System.out.println(StudentId.of("S1"));
    try {
      CpdActivity.of("Mental-health first aid", LocalDate.of(2026, 3, 2), 0.25);
    } catch (InvalidValueException e) {
      System.out.println(e.getMessage());
    }
  }
}
