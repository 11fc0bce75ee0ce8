package org.seniortutorkit.allocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.allocation.internal.flow.MinCostFlow;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;

/**
 * The min-cost-flow network behind an allocation. Internal to the engine: {@link AllocationFlowProblem} is the
 * public, read-only face of the flat network for integrators and benchmarks that hand it to another solver.
 *
 * <p><b>Formulation.</b> source → one node per group of interchangeable students (capacity: the group's size,
 * cost 0) → eligible tutors (the pair's soft-goal cost) → sink through one unit arc per free place, the k-th
 * priced by {@link LoadPrice} (non-decreasing, so the cheapest places fill first and the convex load penalty is
 * exact). Pinned students are not in the network: they only use up their tutor's places. A maximum flow of
 * minimum cost is an allocation placing as many students as possible at least total cost. The accessors below
 * describe this flat network (for another solver, e.g. OR-tools); {@link #solve()} solves an equivalent, smaller
 * one where each group reaches the tutors it names by direct arcs and all others through a shared node.
 *
 * <p><b>Decomposition.</b> Groups and tutors split into connected components (typically one per department, joined
 * by named exceptions); each is solved on its own, in parallel, so the work grows with the largest department,
 * not with the institution.
 */
final class AllocationNetwork {
  /** The step name {@link #solve(ProgressListener)} reports. */
  static final String SOLVING = PersonalTutorAllocator.SOLVING;

  final AllocationRequest request;
  final Eligibility eligibility;
  final SoftCosts softCosts;
  final List<TutorCandidate> tutors;
  final Map<StaffId, Integer> tutorIndex = new HashMap<>();
  final Map<StudentId, StaffId> pinnedTutor = new HashMap<>();
  final int[] pinnedCount;
  final List<StudentGroup> groups;
  /** Per student index: its group, or null when pinned. */
  final StudentGroup[] groupOf;
  private final Map<DepartmentId, int[]> candidatesByDepartment = new HashMap<>();
  private Long flowCost;

  private AllocationNetwork(AllocationRequest request) {
    this.request = request;
    this.eligibility = new Eligibility(request);
    this.softCosts = new SoftCosts(request.policy());
    this.tutors = request.tutors();
    for (int t = 0; t < tutors.size(); t++) {
      tutorIndex.put(tutors.get(t).id(), t);
    }
    this.pinnedCount = new int[tutors.size()];
    for (TutorStudentPair pin : request.pinned()) {
      pinnedTutor.put(pin.student(), pin.tutor());
      pinnedCount[tutorIndex.get(pin.tutor())]++;
    }
    this.groupOf = new StudentGroup[request.students().size()];
    this.groups = groupStudents();
    groups.forEach(this::connect);
  }

  /** Builds the network of {@code request}: groups students, decides eligibility and prices every arc. */
  public static AllocationNetwork of(AllocationRequest request) {
    return new AllocationNetwork(request);
  }

  public int groupCount() {
    return groups.size();
  }

  /** How many interchangeable students group {@code g} stands for (its supply). */
  public int groupSize(int g) {
    return groups.get(g).size();
  }

  /** The tutors (indices into the request's tutor list) group {@code g} may go to. */
  public int[] eligibleTutors(int g) {
    return groups.get(g).eligibleTutors.clone();
  }

  /** The soft-goal cost of placing one student of group {@code g} with its {@code i}-th eligible tutor. */
  public long arcCost(int g, int i) {
    return groups.get(g).arcCosts[i];
  }

  public int tutorCount() {
    return tutors.size();
  }

  /** The tutor's places left after pinned assignments: capacity minus pins, never negative. */
  public int freePlaces(int t) {
    return Math.max(0, tutors.get(t).capacity() - pinnedCount[t]);
  }

  /** The load price of the tutor's {@code unit}-th free place (1-based), non-decreasing in {@code unit}. */
  public long placePrice(int t, int unit) {
    return LoadPrice.ofTutee(pinnedCount[t] + unit, tutors.get(t).fte(), request.policy().loadWeight());
  }

  /**
   * Solves every component exactly and returns the optimal flow cost (soft-goal costs of the placed students plus
   * the load prices of the places they fill). Solving again returns the same figure without work.
   */
  public long solve() {
    return solve(ProgressListener.none());
  }

  /** As {@link #solve()}, telling {@code progress} as each component (about one per department) is solved. */
  public synchronized long solve(ProgressListener progress) {
    if (flowCost == null) {
      List<Component> components = components();
      IntStream indices = IntStream.range(0, components.size());
      if (components.size() > 1) {
        indices = indices.parallel();
      }
      AtomicLong solved = new AtomicLong();
      flowCost = indices.mapToLong(i -> {
        long cost = components.get(i).solve();
        progress.advanced(SOLVING, solved.incrementAndGet(), components.size());
        return cost;
      }).sum();
    }
    return flowCost;
  }

  StudentGroup.Signature signatureOf(StudentToPlace student, Map<StudentId, Set<StaffId>> wishedBy,
      Map<StudentId, Set<StaffId>> conflicts, Map<StudentId, StaffId> current) {
    Set<StaffId> wished = new HashSet<>(student.preferredTutors());
    wished.addAll(wishedBy.getOrDefault(student.id(), Set.of()));
    return new StudentGroup.Signature(student.department(), student.level(), student.programme(),
        student.researchArea(), student.complexNeeds(), student.previousTutor(), Set.copyOf(wished),
        conflicts.getOrDefault(student.id(), Set.of()), Optional.ofNullable(current.get(student.id())));
  }

  /** Signatures of every student, pinned ones included, for explanations. */
  StudentGroup.Signature[] signatures() {
    Map<StudentId, Set<StaffId>> wishedBy = new HashMap<>();
    for (TutorCandidate tutor : tutors) {
      tutor.preferredTutees().forEach(s -> wishedBy.computeIfAbsent(s, k -> new HashSet<>()).add(tutor.id()));
    }
    Map<StudentId, Set<StaffId>> conflicts = new HashMap<>();
    request.conflictsOfInterest()
        .forEach(c -> conflicts.computeIfAbsent(c.student(), k -> new HashSet<>()).add(c.tutor()));
    Map<StudentId, StaffId> current = new HashMap<>();
    request.currentAssignments().forEach(c -> current.put(c.student(), c.tutor()));
    List<StudentToPlace> students = request.students();
    StudentGroup.Signature[] signatures = new StudentGroup.Signature[students.size()];
    for (int s = 0; s < signatures.length; s++) {
      signatures[s] = signatureOf(students.get(s), wishedBy, conflicts, current);
    }
    return signatures;
  }

  private List<StudentGroup> groupStudents() {
    StudentGroup.Signature[] signatures = signatures();
    Map<StudentGroup.Signature, StudentGroup> bySignature = new LinkedHashMap<>();
    for (int s = 0; s < signatures.length; s++) {
      if (pinnedTutor.containsKey(request.students().get(s).id())) {
        continue;
      }
      StudentGroup group = bySignature.computeIfAbsent(signatures[s], StudentGroup::new);
      group.students.add(s);
      groupOf[s] = group;
    }
    return new ArrayList<>(bySignature.values());
  }

  /** Tutors worth checking for a department: its own and its named exceptions, or everyone if departments are open. */
  int[] candidatesFor(DepartmentId department) {
    if (!request.policy().enforces(HardRule.SAME_DEPARTMENT)) {
      return IntStream.range(0, tutors.size()).toArray();
    }
    return candidatesByDepartment.computeIfAbsent(department,
        d -> IntStream.range(0, tutors.size()).filter(t -> tutors.get(t).belongsTo(d)).toArray());
  }

  boolean currentTutorValid(StudentGroup.Signature signature) {
    return signature.currentTutor()
        .map(tutorIndex::get)
        .map(t -> eligibility.eligible(tutors.get(t), signature))
        .orElse(false);
  }

  private void connect(StudentGroup group) {
    boolean currentValid = currentTutorValid(group.signature);
    int[] candidates = candidatesFor(group.signature.department());
    int[] eligible = new int[candidates.length];
    long[] costs = new long[candidates.length];
    int count = 0;
    for (int t : candidates) {
      TutorCandidate tutor = tutors.get(t);
      if (eligibility.eligible(tutor, group.signature)) {
        eligible[count] = t;
        costs[count++] = softCosts.of(group.signature, tutor, currentValid);
      }
    }
    group.eligibleTutors = java.util.Arrays.copyOf(eligible, count);
    group.arcCosts = java.util.Arrays.copyOf(costs, count);
    group.placed = new int[count];
  }

  private List<Component> components() {
    int g = groups.size();
    int[] parent = IntStream.range(0, g + tutors.size()).toArray();
    for (int i = 0; i < g; i++) {
      for (int t : groups.get(i).eligibleTutors) {
        parent[find(parent, i)] = find(parent, g + t);
      }
    }
    Map<Integer, Component> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < g; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new Component()).groups.add(i);
    }
    for (int t = 0; t < tutors.size(); t++) {
      Component component = byRoot.get(find(parent, g + t));
      if (component != null) {
        component.tutors.add(t);
      }
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** One connected part of the network: groups and the tutors they can reach. */
  private final class Component {
    final List<Integer> groups = new ArrayList<>();
    final List<Integer> tutors = new ArrayList<>();

    /**
     * Builds and solves this component. Each group reaches the tutors it names (last year's, this year's,
     * preferred) by direct arcs at their exact cost, and every other eligible tutor through one shared node per
     * "core" signature (the group without named tutors), paying its constant away-cost on the way in. Routes
     * through the core are never cheaper than the direct arcs, so the optimum is the flat network's, with about
     * groups + cores x tutors arcs instead of groups x tutors.
     */
    long solve() {
      int source = 0;
      int sink = 1;
      Map<StudentGroup.Signature, Integer> coreIndex = new LinkedHashMap<>();
      List<StudentGroup> coreExample = new ArrayList<>();
      int[] coreOf = new int[groups.size()];
      for (int i = 0; i < groups.size(); i++) {
        StudentGroup group = group(i);
        coreOf[i] = coreIndex.computeIfAbsent(group.signature.core(), c -> {
          coreExample.add(group);
          return coreExample.size() - 1;
        });
      }
      int firstCore = 2 + groups.size();
      int firstTutorNode = firstCore + coreExample.size();
      Map<Integer, Integer> tutorNode = new HashMap<>();
      for (int i = 0; i < tutors.size(); i++) {
        tutorNode.put(tutors.get(i), firstTutorNode + i);
      }
      MinCostFlow flow = new MinCostFlow(firstTutorNode + tutors.size());
      long[] coreSupply = new long[coreExample.size()];
      int[] intoCore = new int[groups.size()];
      int[][] direct = new int[groups.size()][];
      for (int i = 0; i < groups.size(); i++) {
        StudentGroup group = group(i);
        flow.addArc(source, 2 + i, group.size(), 0);
        boolean currentValid = currentTutorValid(group.signature);
        intoCore[i] = flow.addArc(2 + i, firstCore + coreOf[i], group.size(),
            softCosts.awayFromNamedTutors(group.signature, currentValid));
        coreSupply[coreOf[i]] += group.size();
        direct[i] = new int[group.eligibleTutors.length];
        for (int a = 0; a < direct[i].length; a++) {
          int t = group.eligibleTutors[a];
          direct[i][a] = SoftCosts.named(group.signature, AllocationNetwork.this.tutors.get(t).id())
              ? flow.addArc(2 + i, tutorNode.get(t), group.size(), group.arcCosts[a])
              : -1;
        }
      }
      int[][] fromCore = new int[coreExample.size()][];
      for (int c = 0; c < coreExample.size(); c++) {
        StudentGroup example = coreExample.get(c);
        StudentGroup.Signature core = example.signature.core();
        fromCore[c] = new int[example.eligibleTutors.length];
        for (int a = 0; a < fromCore[c].length; a++) {
          int t = example.eligibleTutors[a];
          fromCore[c][a] = flow.addArc(firstCore + c, tutorNode.get(t), coreSupply[c],
              softCosts.of(core, AllocationNetwork.this.tutors.get(t), false));
        }
      }
      for (int i = 0; i < tutors.size(); i++) {
        addPlaces(flow, tutors.get(i), firstTutorNode + i, sink);
      }
      long cost = flow.solve(source, sink).cost();
      long[][] coreLeft = new long[coreExample.size()][];
      for (int c = 0; c < coreLeft.length; c++) {
        coreLeft[c] = new long[fromCore[c].length];
        for (int a = 0; a < fromCore[c].length; a++) {
          coreLeft[c][a] = flow.flow(fromCore[c][a]);
        }
      }
      for (int i = 0; i < groups.size(); i++) {
        StudentGroup group = group(i);
        for (int a = 0; a < direct[i].length; a++) {
          group.placed[a] = direct[i][a] < 0 ? 0 : (int) flow.flow(direct[i][a]);
        }
        shareCoreFlow(group, flow.flow(intoCore[i]), coreLeft[coreOf[i]]);
        if (group.placedCount() < group.size()) {
          group.violator = violator(flow, 2 + i, firstCore, firstTutorNode);
        }
      }
      return cost;
    }

    /** Hands a group its units out of the shared core node, from tutors whose core flow is not yet handed out. */
    private void shareCoreFlow(StudentGroup group, long units, long[] left) {
      for (int a = 0; a < left.length && units > 0; a++) {
        long take = Math.min(units, left[a]);
        group.placed[a] += (int) take;
        left[a] -= take;
        units -= take;
      }
    }

    private StudentGroup group(int i) {
      return AllocationNetwork.this.groups.get(groups.get(i));
    }

    /** One arc per run of equally priced places, so a tutor with a flat price needs one arc, not one per place. */
    private void addPlaces(MinCostFlow flow, int t, int node, int sink) {
      int free = freePlaces(t);
      int unit = 1;
      while (unit <= free) {
        long price = placePrice(t, unit);
        int run = 1;
        while (unit + run <= free && placePrice(t, unit + run) == price) {
          run++;
        }
        flow.addArc(node, sink, run, price);
        unit += run;
      }
    }

    private StudentGroup.HallViolator violator(MinCostFlow flow, int groupNode, int firstCore, int firstTutorNode) {
      BitSet reached = flow.reachableInResidual(groupNode, 0, 1);
      List<Integer> reachedGroups = new ArrayList<>();
      List<Integer> reachedTutors = new ArrayList<>();
      for (int node = reached.nextSetBit(2); node >= 0; node = reached.nextSetBit(node + 1)) {
        if (node < firstCore) {
          reachedGroups.add(groups.get(node - 2));
        } else if (node >= firstTutorNode) {
          reachedTutors.add(tutors.get(node - firstTutorNode));
        }
      }
      return new StudentGroup.HallViolator(
          reachedGroups.stream().mapToInt(Integer::intValue).toArray(),
          reachedTutors.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
