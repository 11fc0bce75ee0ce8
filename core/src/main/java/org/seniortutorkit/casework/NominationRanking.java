package org.seniortutorkit.casework;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks the eligible nominations for one award by score (highest first; ties broken by student id so the
 * result never depends on input order) and moves each to {@link CaseState#RANKED} with its rank.
 */
public final class NominationRanking {
  private NominationRanking() {}

  /**
   * @throws CaseCommandRejectedException if a nomination is not {@link CaseState#ELIGIBLE} or {@code by} may not rank
   */
  public static ImmutableList<StudentCase> rank(Collection<StudentCase> nominations, Actor by, LocalDate on) {
    List<StudentCase> ordered = nominations.stream()
        .sorted(Comparator.comparing((StudentCase c) -> c.score().orElse(Double.NEGATIVE_INFINITY)).reversed()
            .thenComparing(c -> c.student().value()))
        .toList();
    ImmutableList.Builder<StudentCase> ranked = ImmutableList.builder();
    for (int i = 0; i < ordered.size(); i++) {
      ranked.add(ordered.get(i).applyOrThrow(CaseCommand.RANK, by, on).withRank(i + 1));
    }
    return ranked.build();
  }
}
