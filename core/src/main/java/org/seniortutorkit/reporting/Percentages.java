package org.seniortutorkit.reporting;

/** Percentages rounded to one decimal place, 0 for an empty whole. */
final class Percentages {
  private Percentages() {}

  static double of(long part, long whole) {
    return whole == 0 ? 0.0 : Math.round(1000.0 * part / whole) / 10.0;
  }
}
