package org.seniortutorkit.allocation.internal.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The solver against a plain reference on arbitrary small networks (cycles, parallel and zero-cost arcs, arcs
 * into the source and out of the sink), not only the layered networks allocation builds.
 */
class MinCostFlowProperties {
  private static final int NODES = 6;

  record Arc(int from, int to, int capacity, int cost) {}

  @Property(tries = 1000)
  void pushes_a_maximum_flow_of_the_reference_minimum_cost(@ForAll("networks") List<Arc> arcs) {
    MinCostFlow network = new MinCostFlow(NODES);
    arcs.forEach(arc -> network.addArc(arc.from(), arc.to(), arc.capacity(), arc.cost()));

    MinCostFlow.Result result = network.solve(0, NODES - 1);

    ReferenceFlow reference = new ReferenceFlow(NODES, arcs);
    assertThat(result).isEqualTo(new MinCostFlow.Result(reference.flow, reference.cost));
  }

  @Property(tries = 500)
  void the_flow_on_each_arc_respects_its_capacity_and_is_conserved(@ForAll("networks") List<Arc> arcs) {
    MinCostFlow network = new MinCostFlow(NODES);
    int[] index = arcs.stream().mapToInt(arc -> network.addArc(arc.from(), arc.to(), arc.capacity(), arc.cost()))
        .toArray();

    MinCostFlow.Result result = network.solve(0, NODES - 1);

    long[] balance = new long[NODES];
    for (int i = 0; i < arcs.size(); i++) {
      long flow = network.flow(index[i]);
      assertThat(flow).isBetween(0L, (long) arcs.get(i).capacity());
      balance[arcs.get(i).from()] -= flow;
      balance[arcs.get(i).to()] += flow;
    }
    assertThat(balance[NODES - 1]).isEqualTo(result.flow());
    for (int node = 1; node < NODES - 1; node++) {
      assertThat(balance[node]).as("balance at node %d", node).isZero();
    }
  }

  @Provide
  Arbitrary<List<Arc>> networks() {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, NODES - 1);
    Arbitrary<Arc> arc = Combinators.combine(node, node, Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 4)).as(Arc::new).filter(a -> a.from() != a.to());
    return arc.list().ofMinSize(1).ofMaxSize(14);
  }

  /** Successive shortest paths one unit at a time with Bellman-Ford: slow and obviously right. */
  private static final class ReferenceFlow {
    final long flow;
    final long cost;

    ReferenceFlow(int nodes, List<Arc> arcs) {
      int m = arcs.size() * 2;
      int[] from = new int[m];
      int[] to = new int[m];
      long[] residual = new long[m];
      long[] unitCost = new long[m];
      for (int i = 0; i < arcs.size(); i++) {
        Arc arc = arcs.get(i);
        from[2 * i] = arc.from();
        to[2 * i] = arc.to();
        residual[2 * i] = arc.capacity();
        unitCost[2 * i] = arc.cost();
        from[2 * i + 1] = arc.to();
        to[2 * i + 1] = arc.from();
        unitCost[2 * i + 1] = -arc.cost();
      }
      long pushed = 0;
      long total = 0;
      while (true) {
        long[] distance = new long[nodes];
        int[] via = new int[nodes];
        java.util.Arrays.fill(distance, Long.MAX_VALUE);
        java.util.Arrays.fill(via, -1);
        distance[0] = 0;
        for (int round = 0; round < nodes; round++) {
          for (int a = 0; a < m; a++) {
            if (residual[a] > 0 && distance[from[a]] != Long.MAX_VALUE
                && distance[from[a]] + unitCost[a] < distance[to[a]]) {
              distance[to[a]] = distance[from[a]] + unitCost[a];
              via[to[a]] = a;
            }
          }
        }
        if (distance[nodes - 1] == Long.MAX_VALUE) {
          break;
        }
        for (int v = nodes - 1; v != 0; v = from[via[v]]) {
          residual[via[v]]--;
          residual[via[v] ^ 1]++;
        }
        pushed++;
        total += distance[nodes - 1];
      }
      this.flow = pushed;
      this.cost = total;
    }
  }
}
