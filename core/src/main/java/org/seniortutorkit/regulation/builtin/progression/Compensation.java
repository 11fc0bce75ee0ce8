package org.seniortutorkit.regulation.builtin.progression;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which modules in the compensation zone to compensate, within the credit limit, the way that is best
 * for the student: first every module whose attempts are used up (else the student must withdraw), then as
 * many further credits as fit (fewest failed credits to make good). Choosing the best set, rather than
 * taking modules in some fixed order, is what makes a higher mark never worsen the outcome.
 */
final class Compensation {
  private Compensation() {}

  /** Indexes into {@code zone} of the modules to compensate. */
  static List<Integer> choose(List<Integer> credits, List<Boolean> exhausted, int capacity) {
    List<Integer> chosen = new ArrayList<>();
    int mustCredits = 0;
    for (int i = 0; i < credits.size(); i++) {
      if (exhausted.get(i)) {
        chosen.add(i);
        mustCredits += credits.get(i);
      }
    }
    if (mustCredits > capacity) {
      // Withdrawal cannot be avoided: compensate as many credits as fit, exhausted or not.
      return bestFit(credits, allIndexes(credits.size()), capacity);
    }
    List<Integer> optional = new ArrayList<>();
    for (int i = 0; i < credits.size(); i++) {
      if (!exhausted.get(i)) {
        optional.add(i);
      }
    }
    chosen.addAll(bestFit(credits, optional, capacity - mustCredits));
    return chosen;
  }

  /** A subset of {@code candidates} with the most credits not above {@code capacity} (0/1 knapsack). */
  private static List<Integer> bestFit(List<Integer> credits, List<Integer> candidates, int capacity) {
    int n = candidates.size();
    boolean[][] reachable = new boolean[n + 1][capacity + 1];
    reachable[0][0] = true;
    for (int k = 1; k <= n; k++) {
      int c = credits.get(candidates.get(k - 1));
      for (int total = 0; total <= capacity; total++) {
        reachable[k][total] = reachable[k - 1][total] || (total >= c && reachable[k - 1][total - c]);
      }
    }
    int best = capacity;
    while (!reachable[n][best]) {
      best--;
    }
    List<Integer> chosen = new ArrayList<>();
    for (int k = n; k >= 1 && best > 0; k--) {
      if (!reachable[k - 1][best]) {
        int index = candidates.get(k - 1);
        chosen.add(index);
        best -= credits.get(index);
      }
    }
    return chosen;
  }

  private static List<Integer> allIndexes(int size) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      all.add(i);
    }
    return all;
  }
}
