package org.seniortutorkit.benchmarks.allocation;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.seniortutorkit.allocation.AllocationFlowProblem;

/**
 * Solves our allocation network with Google OR-tools' min-cost flow, as the reference for cost and speed. The
 * network is expanded as the issue states it: one unit arc per free place, priced by the tutor's load curve.
 */
final class OrToolsReference {
  /** OR-tools' optimum: units placed and their cost. */
  record Optimum(long placed, long cost) {}

  static {
    Loader.loadNativeLibraries();
  }

  private OrToolsReference() {}

  static Optimum solve(AllocationFlowProblem network) {
    int groups = network.groupCount();
    int source = 0;
    int sink = 1;
    int firstTutor = 2 + groups;
    MinCostFlow flow = new MinCostFlow(firstTutor + network.tutorCount(), 0);
    try {
      long students = 0;
      for (int g = 0; g < groups; g++) {
        int size = network.groupSize(g);
        students += size;
        flow.addArcWithCapacityAndUnitCost(source, 2 + g, size, 0);
        int[] tutors = network.eligibleTutors(g);
        for (int i = 0; i < tutors.length; i++) {
          flow.addArcWithCapacityAndUnitCost(2 + g, firstTutor + tutors[i], size, network.arcCost(g, i));
        }
      }
      for (int t = 0; t < network.tutorCount(); t++) {
        for (int unit = 1; unit <= network.freePlaces(t); unit++) {
          flow.addArcWithCapacityAndUnitCost(firstTutor + t, sink, 1, network.placePrice(t, unit));
        }
      }
      flow.setNodeSupply(source, students);
      flow.setNodeSupply(sink, -students);
      MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools did not solve the network: " + status);
      }
      return new Optimum(flow.getMaximumFlow(), flow.getOptimalCost());
    } finally {
      flow.delete();
    }
  }
}
