package org.seniortutorkit.allocation;

/**
 * An allocation request as a flat minimum-cost maximum-flow problem, for integrators and benchmarks that hand it
 * to another solver (e.g. to check the kit's optimum against OR-tools). Read-only; the engine's own network,
 * its decomposition and its solver stay internal.
 *
 * <p>The network: a source; one node per group of interchangeable students, reached from the source by an arc of
 * capacity {@link #groupSize(int)} and cost 0; from each group, an arc of capacity {@code groupSize(g)} to each
 * of its {@link #eligibleTutors(int) eligible tutors} at cost {@link #arcCost(int, int)}; from each tutor, one
 * arc of capacity 1 per {@link #freePlaces(int) free place} to the sink, the k-th at cost
 * {@link #placePrice(int, int) placePrice(t, k)}. Pinned students are not in it: they only use up places. A
 * maximum flow of minimum cost is an allocation placing as many students as possible at least total cost, and
 * {@link #minimumCost()} is that cost as the kit finds it.
 */
public final class AllocationFlowProblem {
  private final AllocationNetwork network;

  private AllocationFlowProblem(AllocationNetwork network) {
    this.network = network;
  }

  /** The flow problem of {@code request}: groups students, decides eligibility and prices every arc. */
  public static AllocationFlowProblem of(AllocationRequest request) {
    return new AllocationFlowProblem(AllocationNetwork.of(request));
  }

  /** How many groups of interchangeable students there are. */
  public int groupCount() {
    return network.groupCount();
  }

  /** How many interchangeable students group {@code g} stands for (its supply). */
  public int groupSize(int g) {
    return network.groupSize(g);
  }

  /** The tutors (indices into the request's tutor list) group {@code g} may go to; a fresh copy. */
  public int[] eligibleTutors(int g) {
    return network.eligibleTutors(g);
  }

  /** The soft-goal cost of placing one student of group {@code g} with its {@code i}-th eligible tutor. */
  public long arcCost(int g, int i) {
    return network.arcCost(g, i);
  }

  /** How many tutors there are (the request's tutor list). */
  public int tutorCount() {
    return network.tutorCount();
  }

  /** The tutor's places left after pinned assignments: capacity minus pins, never negative. */
  public int freePlaces(int t) {
    return network.freePlaces(t);
  }

  /** The load price of the tutor's {@code unit}-th free place (1-based), non-decreasing in {@code unit}. */
  public long placePrice(int t, int unit) {
    return network.placePrice(t, unit);
  }

  /**
   * The minimum cost of a maximum flow, as the kit's own solver finds it (soft-goal costs of the placed students
   * plus the load prices of the places they fill). Solved once, on first call.
   */
  public long minimumCost() {
    return network.solve();
  }
}
