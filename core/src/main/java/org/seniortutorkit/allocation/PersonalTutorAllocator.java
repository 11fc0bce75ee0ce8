package org.seniortutorkit.allocation;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.progress.ProgressListener;
import org.seniortutorkit.kernel.StaffId;

/**
 * Allocates Personal Tutors: the engine's entry point.
 *
 * <pre>{@code
 * Allocation allocation = PersonalTutorAllocator.allocate(AllocationRequest.builder()
 *     .year(AcademicYear.of(2026)).allocationDate(LocalDate.of(2026, 9, 1))
 *     .addAllStudents(students).addAllTutors(tutors).policy(policy).build());
 * allocation.assignments().forEach(a -> print(a.student(), a.tutor(), a.explanation().summary()));
 * allocation.unplaced().forEach(u -> print(u.student(), u.reason()));
 * }</pre>
 *
 * <p><b>Guarantees.</b> No enforced {@link HardRule} is ever broken; pinned assignments are kept; the allocation
 * places as many students as any allocation can, and among those has exactly minimum {@link
 * Allocation#totalCost()}. Infeasibility is reported, not thrown: each unplaced student carries the smallest group
 * of students competing for too few places. Re-allocating (with {@link AllocationRequest#currentAssignments()})
 * keeps every still-valid assignment unless moving it saves more than the policy's move price, and lists each
 * {@link Move} with its cause.
 *
 * <p><b>How.</b> An exact min-cost max-flow (see {@link AllocationFlowProblem}, solved by the kit's own
 * min-cost-flow solver) over groups of interchangeable students, per connected
 * component. Cost grows with the largest department and the number of distinct prices, see {@code
 * docs/allocation.md}. Pure computation: no I/O, thread-safe (no shared state).
 */
public final class PersonalTutorAllocator {
  /** The step name {@link #allocate(AllocationRequest, ProgressListener)} reports while solving. */
  public static final String SOLVING = "solving departments";

  private PersonalTutorAllocator() {}

  public static Allocation allocate(AllocationRequest request) {
    return allocate(request, ProgressListener.none());
  }

  /** As {@link #allocate(AllocationRequest)}, telling {@code progress} as each department is solved. */
  public static Allocation allocate(AllocationRequest request, ProgressListener progress) {
    AllocationNetwork network = AllocationNetwork.of(request);
    network.solve(progress);
    return new Assembly(network).allocation();
  }

  /** Turns solved flows back into named assignments, explanations, reasons and moves. */
  private static final class Assembly {
    private final AllocationNetwork network;
    private final AllocationRequest request;
    private final StudentGroup.Signature[] signatures;
    private final int[] tutorOf;
    private final int[] load;

    Assembly(AllocationNetwork network) {
      this.network = network;
      this.request = network.request;
      this.signatures = network.signatures();
      this.tutorOf = new int[request.students().size()];
      this.load = network.pinnedCount.clone();
      placeStudents();
    }

    private void placeStudents() {
      java.util.Map<StudentGroup, int[]> cursor = new java.util.IdentityHashMap<>();
      for (int s = 0; s < tutorOf.length; s++) {
        StudentGroup group = network.groupOf[s];
        if (group == null) {
          tutorOf[s] = network.tutorIndex.get(network.pinnedTutor.get(request.students().get(s).id()));
          continue;
        }
        int[] at = cursor.computeIfAbsent(group, g -> new int[2]);
        while (at[0] < group.placed.length && at[1] >= group.placed[at[0]]) {
          at[0]++;
          at[1] = 0;
        }
        if (at[0] < group.placed.length) {
          tutorOf[s] = group.eligibleTutors[at[0]];
          load[tutorOf[s]]++;
          at[1]++;
        } else {
          tutorOf[s] = -1;
        }
      }
    }

    Allocation allocation() {
      ImmutableList.Builder<TuteeAllocation> assignments = ImmutableList.builder();
      ImmutableList.Builder<UnplacedStudent> unplaced = ImmutableList.builder();
      UnplacedReason reasons = new UnplacedReason(network);
      long cost = 0;
      int returning = 0;
      int kept = 0;
      for (int s = 0; s < tutorOf.length; s++) {
        StudentToPlace student = request.students().get(s);
        if (student.previousTutor().isPresent()) {
          returning++;
        }
        if (tutorOf[s] < 0) {
          unplaced.add(reasons.describe(student, network.groupOf[s]));
          continue;
        }
        TutorCandidate tutor = network.tutors.get(tutorOf[s]);
        boolean pinned = network.groupOf[s] == null;
        boolean currentValid = !pinned && network.currentTutorValid(signatures[s]);
        cost += network.softCosts.of(signatures[s], tutor, currentValid);
        if (student.previousTutor().map(tutor.id()::equals).orElse(false)) {
          kept++;
        }
        assignments.add(TuteeAllocation.builder()
            .student(student.id())
            .tutor(tutor.id())
            .pinned(pinned)
            .explanation(explain(s, tutor, pinned, currentValid))
            .build());
      }
      ImmutableList.Builder<TutorLoad> loads = ImmutableList.builder();
      for (int t = 0; t < load.length; t++) {
        TutorCandidate tutor = network.tutors.get(t);
        long price = LoadPrice.ofLoad(load[t], tutor.fte(), request.policy().loadWeight());
        cost += price;
        loads.add(TutorLoad.builder().tutor(tutor.id()).fte(tutor.fte()).tutees(load[t])
            .capacity(tutor.capacity()).loadCost(price)
            .unavailableBy(network.eligibility.unavailableBy(tutor)).build());
      }
      return Allocation.builder()
          .year(request.year())
          .assignments(assignments.build())
          .unplaced(unplaced.build())
          .moves(moves())
          .tutorLoads(loads.build())
          .totalCost(cost)
          .returningStudents(returning)
          .continuityKept(kept)
          .build();
    }

    private AllocationExplanation explain(int s, TutorCandidate tutor, boolean pinned, boolean currentValid) {
      Set<HardRule> satisfied = EnumSet.copyOf(request.policy().enforcedRules());
      satisfied.removeAll(network.eligibility.brokenRules(tutor, signatures[s]));
      if (!pinned) {
        satisfied.remove(HardRule.PINNED_KEPT);
      }
      if (load[network.tutorIndex.get(tutor.id())] > tutor.capacity()) {
        satisfied.remove(HardRule.CAPACITY);
      }
      List<SoftGoalOutcome> goals = new ArrayList<>(network.softCosts.outcomes(signatures[s], tutor, currentValid));
      int tutees = load[network.tutorIndex.get(tutor.id())];
      goals.add(SoftGoalOutcome.of(SoftGoal.LOAD_BALANCE, tutees <= tutor.capacity(),
          LoadPrice.ofTutee(tutees, tutor.fte(), request.policy().loadWeight()),
          "tutor has " + tutees + " of " + tutor.capacity() + " places at FTE " + tutor.fte()
              + "; cost is the price of the tutor's last place"));
      return AllocationExplanation.builder().rulesSatisfied(satisfied).softGoals(goals).build();
    }

    private List<Move> moves() {
      List<Move> moves = new ArrayList<>();
      java.util.Map<org.seniortutorkit.kernel.StudentId, StaffId> current = new java.util.HashMap<>();
      request.currentAssignments().forEach(c -> current.put(c.student(), c.tutor()));
      for (int s = 0; s < tutorOf.length; s++) {
        StudentToPlace student = request.students().get(s);
        StaffId from = current.get(student.id());
        Optional<StaffId> to = tutorOf[s] < 0 ? Optional.empty() : Optional.of(network.tutors.get(tutorOf[s]).id());
        if (from != null && !to.equals(Optional.of(from))) {
          moves.add(move(s, from, to));
        }
      }
      return moves;
    }

    private Move move(int s, StaffId from, Optional<StaffId> to) {
      Move.Builder move = Move.builder().student(request.students().get(s).id()).from(from).to(to);
      Integer fromIndex = network.tutorIndex.get(from);
      if (network.groupOf[s] == null) {
        return move.rule(HardRule.PINNED_KEPT).reason("the Senior Tutor pinned the student to " + to.get()).build();
      }
      if (fromIndex == null) {
        return move.reason("tutor " + from + " is no longer a tutor candidate").build();
      }
      TutorCandidate tutor = network.tutors.get(fromIndex);
      Optional<HardRule> broken = network.eligibility.firstBrokenRule(tutor, signatures[s]);
      if (broken.isPresent()) {
        return move.rule(broken.get()).reason("tutor " + from + " no longer satisfies " + broken.get()).build();
      }
      if (load[fromIndex] >= tutor.capacity()) {
        return move.rule(HardRule.CAPACITY)
            .reason("tutor " + from + " has only " + tutor.capacity() + " places now").build();
      }
      return move.reason("moving lowers the total cost by more than the move price").build();
    }
  }
}
