package org.seniortutorkit.allocation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;
import org.seniortutorkit.kernel.StudentId;

/**
 * An independent reference: tries every assignment of the unpinned students (each to an allowed tutor or to
 * nobody) and keeps the one placing most students, then of least cost. It re-states rules and prices from the
 * policy without using the engine's classes, so agreement means something.
 */
final class BruteForce {
  /** Students placed and total cost of an allocation. */
  record Score(int placed, long cost) {
    boolean betterThan(Score other) {
      return placed > other.placed || placed == other.placed && cost < other.cost;
    }
  }

  private final AllocationRequest request;
  private final AllocationPolicy policy;
  private final List<StudentToPlace> students;
  private final List<TutorCandidate> tutors;
  private final Map<StudentId, StaffId> pinned = new HashMap<>();
  private final Map<StudentId, StaffId> current = new HashMap<>();
  private final int[] choice;
  private Score best = new Score(-1, Long.MAX_VALUE);

  BruteForce(AllocationRequest request) {
    this.request = request;
    this.policy = request.policy();
    this.students = request.students();
    this.tutors = request.tutors();
    request.pinned().forEach(p -> pinned.put(p.student(), p.tutor()));
    request.currentAssignments().forEach(p -> current.put(p.student(), p.tutor()));
    this.choice = new int[students.size()];
  }

  static Score optimum(AllocationRequest request) {
    BruteForce search = new BruteForce(request);
    search.search(0);
    return search.best;
  }

  /** The score of a given allocation, priced by this reference's own rules. */
  static Score score(AllocationRequest request, Allocation allocation) {
    BruteForce reference = new BruteForce(request);
    for (int s = 0; s < reference.students.size(); s++) {
      StaffId tutor = allocation.tutorOf(reference.students.get(s).id()).orElse(null);
      reference.choice[s] = tutor == null ? -1 : reference.indexOf(tutor);
    }
    return reference.score();
  }

  private void search(int s) {
    if (s == students.size()) {
      Score score = score();
      if (score.betterThan(best)) {
        best = score;
      }
      return;
    }
    StaffId pin = pinned.get(students.get(s).id());
    if (pin != null) {
      choice[s] = indexOf(pin);
      search(s + 1);
      return;
    }
    choice[s] = -1;
    search(s + 1);
    for (int t = 0; t < tutors.size(); t++) {
      if (allowed(students.get(s), tutors.get(t)) && load(t, s) < tutors.get(t).capacity()) {
        choice[s] = t;
        search(s + 1);
      }
    }
    choice[s] = -1;
  }

  private int load(int t, int before) {
    int load = 0;
    for (int s = 0; s < students.size(); s++) {
      if (choice[s] == t && (s < before || pinned.containsKey(students.get(s).id()))) {
        load++;
      }
    }
    return load;
  }

  private int indexOf(StaffId id) {
    for (int t = 0; t < tutors.size(); t++) {
      if (tutors.get(t).id().equals(id)) {
        return t;
      }
    }
    throw new IllegalStateException("unknown tutor " + id);
  }

  boolean allowed(StudentToPlace student, TutorCandidate tutor) {
    Set<HardRule> rules = policy.enforcedRules();
    if (rules.contains(HardRule.TUTOR_ACTIVE) && tutor.onLeaveIn().contains(request.year())) {
      return false;
    }
    if (rules.contains(HardRule.WORKSHOP_COMPLETED) && (tutor.workshopCompletedOn().isEmpty()
        || !tutor.workshopCompletedOn().get().isBefore(request.allocationDate()))) {
      return false;
    }
    if (rules.contains(HardRule.SAME_DEPARTMENT) && !tutor.department().equals(student.department())
        && !tutor.alsoTutorsFor().contains(student.department())) {
      return false;
    }
    if (rules.contains(HardRule.COMPLEX_NEEDS_QUALIFIED)) {
      for (ComplexNeed need : student.complexNeeds()) {
        QualificationRule rule = policy.qualifications().getOrDefault(need, QualificationRule.of(2, true));
        if (tutor.experienceYears() < rule.minExperienceYears()
            || rule.trainingRequired() && !tutor.trainedFor().contains(need)) {
          return false;
        }
      }
    }
    return !rules.contains(HardRule.NO_CONFLICT_OF_INTEREST)
        || !request.conflictsOfInterest().contains(TutorStudentPair.of(student.id(), tutor.id()));
  }

  private Score score() {
    int placed = 0;
    long cost = 0;
    int[] loads = new int[tutors.size()];
    for (int s = 0; s < students.size(); s++) {
      if (choice[s] < 0) {
        continue;
      }
      placed++;
      loads[choice[s]]++;
      cost += pairCost(s, tutors.get(choice[s]));
    }
    for (int t = 0; t < tutors.size(); t++) {
      for (int k = 1; k <= loads[t]; k++) {
        cost += Math.round(policy.loadWeight() * (2.0 * k - 1) / tutors.get(t).fte());
      }
    }
    return new Score(placed, cost);
  }

  private long pairCost(int s, TutorCandidate tutor) {
    StudentToPlace student = students.get(s);
    long cost = 0;
    if (student.previousTutor().isPresent() && !student.previousTutor().get().equals(tutor.id())) {
      cost += policy.continuityCost();
    }
    boolean shares = tutor.programmes().contains(student.programme())
        || student.researchArea().isPresent() && tutor.researchAreas().contains(student.researchArea().get());
    if (!shares) {
      cost += policy.subjectMismatchCost();
    }
    boolean wished = false;
    boolean anyWish = !student.preferredTutors().isEmpty();
    for (TutorCandidate other : tutors) {
      if (other.preferredTutees().contains(student.id())) {
        anyWish = true;
        wished |= other.id().equals(tutor.id());
      }
    }
    wished |= student.preferredTutors().contains(tutor.id());
    if (anyWish && !wished) {
      cost += policy.preferenceUnmetCost();
    }
    StaffId now = current.get(student.id());
    boolean pinnedStudent = pinned.containsKey(student.id());
    if (now != null && !pinnedStudent && !now.equals(tutor.id()) && currentStillValid(student, now)) {
      cost += policy.movePrice();
    }
    return cost;
  }

  private boolean currentStillValid(StudentToPlace student, StaffId now) {
    return tutors.stream().anyMatch(t -> t.id().equals(now) && allowed(student, t));
  }
}
