package org.seniortutorkit.casework;

import org.seniortutorkit.kernel.CaseId;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.testing.Samples;

/** Cases of every kind, ready to act on, and the way to drive a case to any state of its machine. */
final class CaseFixtures {
  static final LocalDate OPENED = LocalDate.of(2026, 10, 1);
  static final LocalDate DEADLINE = LocalDate.of(2027, 3, 1);
  static final LocalDate AFTER_DEADLINE = DEADLINE.plusDays(1);
  static final String EVIDENCE = "hospital admission after bereavement";

  private CaseFixtures() {}

  /** A freshly opened case of {@code kind} with everything its kind requires. */
  static StudentCase opened(CaseKind kind) {
    StateMachine machine = kind.machine();
    Actor opener = Actor.of(opener(machine.openers().iterator().next()), machine.openers().iterator().next());
    return StudentCase.open(kind, CaseId.of("C-" + kind.ordinal()), Samples.student(), opener, OPENED,
        b -> b.personalTutor(StaffId.of("T0042"))
            .concernSource(ConcernSource.TUTOR)
            .service(ServiceDirectory.WELLBEING_ADVISER)
            .otherDepartment(DepartmentId.of("PHYS")).transferDirection(TransferDirection.OUT_OF_DEPARTMENT)
            .award("Perkin Prize").deadline(DEADLINE).score(72.5)
            .addAffectedAssessments("CHEM101 exam")
            .evidenceSummary(EVIDENCE));
  }

  static String opener(CaseRole role) {
    return switch (role) {
      case PERSONAL_TUTOR -> "T0042";
      case SENIOR_TUTOR -> "T0001";
      case SERVICE_CONTACT -> "W0100";
      case DISABILITIES_OFFICER -> "D0005";
      case PANEL_MEMBER -> "P0007";
      case REGISTRY -> "R0003";
      case AWARDS_COMMITTEE -> "A0009";
      case STUDENT -> "S1234567";
      case MONITORING -> "monitoring:attendance";
    };
  }

  static Actor actorIn(CaseRole role) {
    return Actor.of(opener(role), role);
  }

  /** The date on which {@code transition} can be applied: LAPSE only after the deadline. */
  static LocalDate dateFor(Transition transition) {
    return transition.command() == CaseCommand.LAPSE ? AFTER_DEADLINE : OPENED;
  }

  /** A case of {@code kind} driven by allowed transitions into {@code state}. */
  static StudentCase inState(CaseKind kind, CaseState state) {
    StudentCase c = opened(kind);
    for (Transition step : pathTo(kind.machine(), state).orElseThrow()) {
      c = c.applyOrThrow(step.command(), actorIn(step.roles().iterator().next()), dateFor(step));
    }
    return c;
  }

  /** The shortest path of transitions from the initial state, avoiding LAPSE on the way. */
  static Optional<List<Transition>> pathTo(StateMachine machine, CaseState target) {
    Map<CaseState, List<Transition>> paths = new EnumMap<>(CaseState.class);
    paths.put(machine.initial(), List.of());
    Deque<CaseState> queue = new ArrayDeque<>(List.of(machine.initial()));
    while (!queue.isEmpty()) {
      CaseState state = queue.poll();
      if (state == target) {
        return Optional.of(paths.get(state));
      }
      for (Transition t : machine.transitions()) {
        if (t.from() == state && !paths.containsKey(t.to()) && (t.command() != CaseCommand.LAPSE || t.to() == target)) {
          List<Transition> path = new ArrayList<>(paths.get(state));
          path.add(t);
          paths.put(t.to(), path);
          queue.add(t.to());
        }
      }
    }
    return Optional.empty();
  }
}
