package org.seniortutorkit.allocation;

/**
 * The convex price of a tutor's load: the k-th tutee costs round(weight x (2k - 1) / FTE), non-decreasing in k,
 * so a load L costs about weight x L^2 / FTE. Minimising the sum over tutors spreads students in proportion to
 * FTE, and because each extra tutee costs at least as much as the one before, the flow network can price it with
 * one unit arc per place.
 */
final class LoadPrice {
  private LoadPrice() {}

  static long ofTutee(int k, double fte, long weight) {
    return Math.round(weight * (2.0 * k - 1.0) / fte);
  }

  static long ofLoad(int load, double fte, long weight) {
    long total = 0;
    for (int k = 1; k <= load; k++) {
      total += ofTutee(k, fte, weight);
    }
    return total;
  }
}
