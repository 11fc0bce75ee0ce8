package org.seniortutorkit.allocation.internal.flow;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Exact minimum-cost maximum flow on a directed network with integer capacities and non-negative integer costs.
 *
 * <p><b>Algorithm.</b> Primal-dual successive shortest paths. Each phase runs Dijkstra on reduced costs {@code
 * c(u,v) + p(u) - p(v)} (never negative thanks to the node potentials {@code p}), stopped as soon as the sink is
 * settled; nodes reached over an arc of zero reduced cost skip the heap, since nothing can come before them. The
 * potentials then absorb the distances, and a depth-first search pushes flow along arcs of zero reduced cost
 * between settled nodes (every such path is a shortest path, and the one Dijkstra found is among them) until it
 * finds no more, remembering for the rest of the phase each node it proved to be a dead end and where each node's
 * arc scan had got to. Each phase keeps the invariant that the current flow is a minimum-cost flow of its value,
 * so the final flow is a maximum flow of minimum cost among maximum flows.
 *
 * <p><b>Complexity.</b> Each phase costs O(E log V) for Dijkstra plus O(E + F·L) for the search (F the units
 * pushed in the phase, L the length of a path). The number of phases is at most the number of distinct
 * shortest-path lengths plus the units a phase's search leaves for the next one; it is bounded by the distinct
 * marginal costs in the network in practice, not by the flow value: a convex per-unit cost with a few hundred
 * distinct values means a few hundred phases. Memory is O(V + E) primitives.
 *
 * <p><b>Layout.</b> Arcs are collected as they are added, then {@link #solve} lays them out grouped by tail node
 * in flat arrays (compressed sparse rows), so every scan of a node's arcs reads consecutive memory instead of
 * chasing a linked list; the arcs of a node keep the order of a linked list (last added first).
 *
 * <pre>{@code
 * MinCostFlow network = new MinCostFlow(4);
 * int arc = network.addArc(0, 1, 2, 3);
 * ...
 * MinCostFlow.Result result = network.solve(0, 3);   // result.flow(), result.cost(); network.flow(arc)
 * }</pre>
 *
 * <p>Not thread-safe; one instance per network, solved once.
 */
public final class MinCostFlow {
  private static final long UNREACHED = Long.MAX_VALUE;
  private static final byte UNSEEN = 0;
  private static final byte ON_PATH = 1;
  private static final byte DEAD_END = 2;

  private final int nodes;
  // Arcs as added, in pairs (arc, arc ^ 1 its reverse).
  private int[] addedTail = new int[16];
  private int[] addedHead = new int[16];
  private long[] addedCapacity = new long[16];
  private long[] addedCost = new long[16];
  private int arcs;

  // Laid out by solve(): the arcs of node u are slots firstOut[u] .. firstOut[u + 1] - 1.
  private int[] firstOut;
  private int[] slotOf;
  private int[] head;
  private int[] reverse;
  private long[] residual;
  private long[] cost;

  private long[] potential;
  private long[] distance;
  private byte[] mark;
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
    if (firstOut != null) {
      throw new IllegalStateException("the network is solved; arcs cannot be added any more");
    }
    ensureRoom();
    int arc = arcs;
    add(from, to, capacity, unitCost);
    add(to, from, 0, -unitCost);
    return arc;
  }

  /** The flow on an arc returned by {@link #addArc}, once {@link #solve} has run. */
  public long flow(int arc) {
    checkSolved();
    return residual[slotOf[arc ^ 1]];
  }

  public int nodeCount() {
    return nodes;
  }

  /** Pushes a maximum flow of minimum cost from {@code source} to {@code sink}. */
  public Result solve(int source, int sink) {
    if (firstOut != null) {
      throw new IllegalStateException("the network is already solved");
    }
    layOut();
    potential = new long[nodes];
    distance = new long[nodes];
    mark = new byte[nodes];
    currentArc = new int[nodes];
    queue = new int[nodes];
    path = new int[nodes];
    settled = new boolean[nodes];
    heap = new NodeHeap();
    long flow = 0;
    while (shortestDistances(source, sink)) {
      // Every path of zero reduced cost is a shortest path: pushing along all we find keeps the flow
      // minimum-cost and saves Dijkstra runs.
      flow += pushAlongShortestPaths(source, sink);
    }
    long totalCost = 0;
    for (int arc = 0; arc < arcs; arc += 2) {
      totalCost += addedCost[arc] * flow(arc);
    }
    return new Result(flow, totalCost);
  }

  /**
   * Nodes reachable from {@code start} along arcs with residual capacity, once {@link #solve} has run. The nodes
   * reached from a node with unmet supply form a Hall violator: every unit they could use is already taken. The
   * {@code excluded} nodes (typically source and sink) are neither entered nor reported.
   */
  public BitSet reachableInResidual(int start, int... excluded) {
    checkSolved();
    BitSet seen = new BitSet(nodes);
    for (int node : excluded) {
      seen.set(node);
    }
    int tail = 0;
    queue[tail++] = start;
    seen.set(start);
    for (int i = 0; i < tail; i++) {
      int u = queue[i];
      for (int arc = firstOut[u]; arc < firstOut[u + 1]; arc++) {
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
    int sameDistance = 0;   // a stack of nodes at the distance being settled, reached over zero reduced cost
    queue[sameDistance++] = source;
    long d = 0;
    while (true) {
      int u;
      if (sameDistance > 0) {
        u = queue[--sameDistance];
      } else if (!heap.isEmpty()) {
        d = heap.peekKey();
        u = heap.pop();
        if (settled[u] || d > distance[u]) {
          continue;
        }
      } else {
        break;
      }
      settled[u] = true;
      if (u == sink) {
        break;
      }
      long base = d + potential[u];
      for (int arc = firstOut[u], end = firstOut[u + 1]; arc < end; arc++) {
        int v = head[arc];
        if (residual[arc] > 0 && !settled[v]) {
          long candidate = base + cost[arc] - potential[v];
          if (candidate < distance[v]) {
            distance[v] = candidate;
            if (candidate == d) {
              queue[sameDistance++] = v;
            } else {
              heap.push(candidate, v);
            }
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
   * Pushes flow along shortest paths only (arcs of zero reduced cost between settled nodes) until a depth-first
   * search finds no more; returns the flow pushed, positive because the path Dijkstra found is among them.
   * A node found to have no such path to the sink stays marked for the whole phase: pushing flow cannot give it
   * one, since a new reverse arc only leads back to nodes that already had a path.
   */
  private long pushAlongShortestPaths(int source, int sink) {
    System.arraycopy(firstOut, 0, currentArc, 0, nodes);
    Arrays.fill(mark, UNSEEN);
    long pushed = 0;
    int depth = 0;
    int u = source;
    mark[source] = ON_PATH;
    while (true) {
      if (u == sink) {
        pushed += augment(depth);
        // Resume from the tail of the first arc the augmentation saturated; the path before it still stands.
        int kept = 0;
        while (residual[path[kept]] > 0) {
          kept++;
        }
        for (int i = kept; i < depth; i++) {
          mark[head[path[i]]] = UNSEEN;
        }
        depth = kept;
        u = head[reverse[path[kept]]];
        continue;
      }
      int arc = currentArc[u];
      int end = firstOut[u + 1];
      while (arc < end && !(mark[head[arc]] == UNSEEN && settled[head[arc]] && admissible(arc, u))) {
        arc++;
      }
      currentArc[u] = arc;
      if (arc < end) {
        path[depth++] = arc;
        u = head[arc];
        mark[u] = ON_PATH;
      } else {
        mark[u] = DEAD_END;
        if (depth == 0) {
          return pushed;
        }
        int back = path[--depth];
        u = head[reverse[back]];
        currentArc[u] = back + 1;
      }
    }
  }

  /** Pushes the bottleneck along the first {@code depth} arcs of the path and returns it. */
  private long augment(int depth) {
    long bottleneck = Long.MAX_VALUE;
    for (int i = 0; i < depth; i++) {
      bottleneck = Math.min(bottleneck, residual[path[i]]);
    }
    for (int i = 0; i < depth; i++) {
      residual[path[i]] -= bottleneck;
      residual[reverse[path[i]]] += bottleneck;
    }
    return bottleneck;
  }

  /** Groups the arcs by tail node; within a node, the last added comes first. */
  private void layOut() {
    firstOut = new int[nodes + 1];
    for (int arc = 0; arc < arcs; arc++) {
      firstOut[addedTail[arc] + 1]++;
    }
    for (int u = 0; u < nodes; u++) {
      firstOut[u + 1] += firstOut[u];
    }
    int[] fill = Arrays.copyOf(firstOut, nodes);
    slotOf = new int[arcs];
    for (int arc = arcs - 1; arc >= 0; arc--) {
      slotOf[arc] = fill[addedTail[arc]]++;
    }
    head = new int[arcs];
    reverse = new int[arcs];
    residual = new long[arcs];
    cost = new long[arcs];
    for (int arc = 0; arc < arcs; arc++) {
      int slot = slotOf[arc];
      head[slot] = addedHead[arc];
      reverse[slot] = slotOf[arc ^ 1];
      residual[slot] = addedCapacity[arc];
      cost[slot] = addedCost[arc];
    }
  }

  private void checkSolved() {
    if (firstOut == null) {
      throw new IllegalStateException("solve the network first");
    }
  }

  private void add(int from, int to, long capacity, long unitCost) {
    addedTail[arcs] = from;
    addedHead[arcs] = to;
    addedCapacity[arcs] = capacity;
    addedCost[arcs] = unitCost;
    arcs++;
  }

  private void ensureRoom() {
    if (arcs + 2 > addedTail.length) {
      int size = addedTail.length * 2;
      addedTail = Arrays.copyOf(addedTail, size);
      addedHead = Arrays.copyOf(addedHead, size);
      addedCapacity = Arrays.copyOf(addedCapacity, size);
      addedCost = Arrays.copyOf(addedCost, size);
    }
  }
}
