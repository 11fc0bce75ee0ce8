package org.seniortutorkit.allocation.flow;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact minimum-cost maximum flow on a directed network with integer capacities and non-negative integer costs.
 *
 * <p><b>Algorithm.</b> Primal-dual successive shortest paths: Dijkstra on reduced costs {@code c(u,v) + p(u) -
 * p(v)} (never negative thanks to the node potentials {@code p}), stopped as soon as the sink is settled; the
 * potentials then absorb the distances, and Dinic rounds (level graph, blocking flow) push a maximum flow along
 * arcs of zero reduced cost between the nodes Dijkstra settled (that is, along every shortest path at once, and
 * at least along the one Dijkstra found) before the next Dijkstra. Each
 * phase keeps the invariant that the current flow is a minimum-cost flow of its value, so the final flow is a
 * maximum flow of minimum cost among maximum flows.
 *
 * <p><b>Complexity.</b> Each phase costs O(E log V) for Dijkstra plus O(V E) in the worst case for the blocking
 * flow (O(E + F·L) in practice, F the units pushed, L the path length). The number of phases is at most the
 * number of distinct shortest-path lengths, bounded by the number of distinct marginal costs in the network,
 * not by the flow value: a convex per-unit cost with a few hundred distinct values means a few hundred phases.
 * Memory is O(V + E) primitives.
 *
 * <pre>{@code
 * MinCostFlow network = new MinCostFlow(4);
 * int arc = network.addArc(0, 1, 2, 3);
 * ...
 * MinCostFlow.Result result = network.solve(0, 3);   // result.flow(), result.cost(); network.flow(arc)
 * }</pre>
 *
 * <p>Not thread-safe; one instance per network.
 */
public final class MinCostFlow {
  private static final long UNREACHED = Long.MAX_VALUE;

  private final int nodes;
  private final int[] firstArc;
  private int[] head = new int[16];
  private int[] nextArc = new int[16];
  private long[] residual = new long[16];
  private long[] cost = new long[16];
  private int arcs;

  private long[] potential;
  private long[] distance;
  private int[] level;
  private int[] currentArc;
  private int[] queue;
  private int[] path;
  private boolean[] settled;
  private NodeHeap heap;

  /** The total flow pushed from source to sink and its cost. */
  public record Result(long flow, long cost) {}

  public MinCostFlow(int nodes) {
    if (nodes < 2) {
      throw new IllegalArgumentException("a network needs at least 2 nodes, got " + nodes);
    }
    this.nodes = nodes;
    this.firstArc = new int[nodes];
    Arrays.fill(firstArc, -1);
  }

  /**
   * Adds an arc and returns its index, for {@link #flow(int)}. Parallel arcs are allowed; a convex cost is
   * modelled as parallel arcs of non-decreasing unit cost.
   */
  public int addArc(int from, int to, long capacity, long unitCost) {
    if (from < 0 || from >= nodes || to < 0 || to >= nodes || capacity < 0 || unitCost < 0) {
      throw new IllegalArgumentException(
          "bad arc " + from + "->" + to + " capacity " + capacity + " cost " + unitCost);
    }
    ensureRoom();
    int arc = arcs;
    link(from, to, capacity, unitCost);
    link(to, from, 0, -unitCost);
    return arc;
  }

  /** The flow on an arc returned by {@link #addArc}. */
  public long flow(int arc) {
    return residual[arc ^ 1];
  }

  public int nodeCount() {
    return nodes;
  }

  /** Pushes a maximum flow of minimum cost from {@code source} to {@code sink}. */
  public Result solve(int source, int sink) {
    potential = new long[nodes];
    distance = new long[nodes];
    level = new int[nodes];
    currentArc = new int[nodes];
    queue = new int[nodes];
    path = new int[nodes];
    settled = new boolean[nodes];
    heap = new NodeHeap();
    long flow = 0;
    long totalCost = 0;
    while (shortestDistances(source, sink)) {
      // A maximum flow on the admissible (zero reduced cost) graph before the next Dijkstra: every path in it
      // is a shortest path, so this keeps the flow minimum-cost while saving Dijkstra runs.
      for (long pushed = blockingFlow(source, sink); pushed > 0; pushed = blockingFlow(source, sink)) {
        flow += pushed;
      }
    }
    for (int arc = 0; arc < arcs; arc += 2) {
      totalCost += cost[arc] * residual[arc ^ 1];
    }
    return new Result(flow, totalCost);
  }

  /**
   * Nodes reachable from {@code start} along arcs with residual capacity. After {@link #solve}, the nodes reached
   * from a node with unmet supply form a Hall violator: every unit they could use is already taken. The
   * {@code excluded} nodes (typically source and sink) are neither entered nor reported.
   */
  public BitSet reachableInResidual(int start, int... excluded) {
    BitSet seen = new BitSet(nodes);
    for (int node : excluded) {
      seen.set(node);
    }
    int[] queue = new int[nodes];
    int tail = 0;
    queue[tail++] = start;
    seen.set(start);
    for (int i = 0; i < tail; i++) {
      for (int arc = firstArc[queue[i]]; arc >= 0; arc = nextArc[arc]) {
        if (residual[arc] > 0 && !seen.get(head[arc])) {
          seen.set(head[arc]);
          queue[tail++] = head[arc];
        }
      }
    }
    for (int node : excluded) {
      seen.clear(node);
    }
    return seen;
  }

  /** Dijkstra on reduced costs; updates potentials. False when the sink can no longer be reached. */
  private boolean shortestDistances(int source, int sink) {
    Arrays.fill(distance, UNREACHED);
    Arrays.fill(settled, false);
    heap.clear();
    distance[source] = 0;
    heap.push(0, source);
    while (!heap.isEmpty()) {
      long d = heap.peekKey();
      int u = heap.pop();
      if (settled[u] || d > distance[u]) {
        continue;
      }
      settled[u] = true;
      if (u == sink) {
        break;
      }
      for (int arc = firstArc[u]; arc >= 0; arc = nextArc[arc]) {
        int v = head[arc];
        if (residual[arc] > 0 && !settled[v]) {
          long candidate = d + cost[arc] + potential[u] - potential[v];
          if (candidate < distance[v]) {
            distance[v] = candidate;
            heap.push(candidate, v);
          }
        }
      }
    }
    if (!settled[sink]) {
      return false;
    }
    long toSink = distance[sink];
    for (int v = 0; v < nodes; v++) {
      potential[v] += settled[v] ? distance[v] : toSink;
    }
    return true;
  }

  private boolean admissible(int arc, int from) {
    return residual[arc] > 0 && cost[arc] + potential[from] - potential[head[arc]] == 0;
  }

  /**
   * One Dinic round on the zero-reduced-cost arcs among settled nodes; returns the flow pushed, positive because
   * the path Dijkstra found is among them. Staying within the settled nodes keeps a round as cheap as Dijkstra.
   */
  private long blockingFlow(int source, int sink) {
    if (!levelAdmissibleGraph(source, sink)) {
      return 0;
    }
    System.arraycopy(firstArc, 0, currentArc, 0, nodes);
    long pushed = 0;
    int depth = 0;
    int u = source;
    while (true) {
      if (u == sink) {
        long bottleneck = Long.MAX_VALUE;
        for (int i = 0; i < depth; i++) {
          bottleneck = Math.min(bottleneck, residual[path[i]]);
        }
        for (int i = 0; i < depth; i++) {
          residual[path[i]] -= bottleneck;
          residual[path[i] ^ 1] += bottleneck;
        }
        pushed += bottleneck;
        depth = 0;
        u = source;
        continue;
      }
      int arc = currentArc[u];
      while (arc >= 0 && !(level[head[arc]] == level[u] + 1 && admissible(arc, u))) {
        arc = nextArc[arc];
      }
      currentArc[u] = arc;
      if (arc >= 0) {
        path[depth++] = arc;
        u = head[arc];
      } else {
        level[u] = -1;
        if (depth == 0) {
          return pushed;
        }
        int back = path[--depth];
        u = head[back ^ 1];
        currentArc[u] = nextArc[back];
      }
    }
  }

  private boolean levelAdmissibleGraph(int source, int sink) {
    Arrays.fill(level, -1);
    int tail = 0;
    queue[tail++] = source;
    level[source] = 0;
    for (int i = 0; i < tail; i++) {
      int u = queue[i];
      if (level[sink] >= 0 && level[u] >= level[sink]) {
        break;   // nodes this deep cannot lie on a shortest augmenting path to the sink
      }
      for (int arc = firstArc[u]; arc >= 0; arc = nextArc[arc]) {
        int v = head[arc];
        if (level[v] < 0 && settled[v] && admissible(arc, u)) {
          level[v] = level[u] + 1;
          queue[tail++] = v;
        }
      }
    }
    return level[sink] >= 0;
  }

  private void link(int from, int to, long capacity, long unitCost) {
    head[arcs] = to;
    residual[arcs] = capacity;
    cost[arcs] = unitCost;
    nextArc[arcs] = firstArc[from];
    firstArc[from] = arcs;
    arcs++;
  }

  private void ensureRoom() {
    if (arcs + 2 > head.length) {
      int size = head.length * 2;
      head = Arrays.copyOf(head, size);
      nextArc = Arrays.copyOf(nextArc, size);
      residual = Arrays.copyOf(residual, size);
      cost = Arrays.copyOf(cost, size);
    }
  }
}
