package org.seniortutorkit.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.seniortutorkit.kernel.StaffId;

/** Prices the per-pair soft goals of placing a group of students with a tutor, and explains them. */
final class SoftCosts {
  private final AllocationPolicy policy;

  SoftCosts(AllocationPolicy policy) {
    this.policy = policy;
  }

  /** The pair's cost; {@code currentTutorValid} says whether staying with this year's tutor is possible. */
  long of(StudentGroup.Signature student, TutorCandidate tutor, boolean currentTutorValid) {
    StaffId id = tutor.id();
    long total = 0;
    if (student.previousTutor().isPresent() && !student.previousTutor().get().equals(id)) {
      total += policy.continuityCost();
    }
    if (!sharesSubject(student, tutor)) {
      total += policy.subjectMismatchCost();
    }
    if (!student.wishedTutors().isEmpty() && !student.wishedTutors().contains(id)) {
      total += policy.preferenceUnmetCost();
    }
    if (currentTutorValid && student.currentTutor().isPresent() && !student.currentTutor().get().equals(id)) {
      total += policy.movePrice();
    }
    return total;
  }

  /**
   * What a student of this signature pays with any tutor it did not name (not last year's, this year's or a
   * preferred one), on top of that tutor's subject cost: the same for all such tutors, so one arc can carry it.
   */
  long awayFromNamedTutors(StudentGroup.Signature student, boolean currentTutorValid) {
    return (student.previousTutor().isPresent() ? policy.continuityCost() : 0)
        + (student.wishedTutors().isEmpty() ? 0 : policy.preferenceUnmetCost())
        + (currentTutorValid && student.currentTutor().isPresent() ? policy.movePrice() : 0);
  }

  static boolean named(StudentGroup.Signature student, StaffId tutor) {
    return student.previousTutor().map(tutor::equals).orElse(false)
        || student.currentTutor().map(tutor::equals).orElse(false)
        || student.wishedTutors().contains(tutor);
  }

  private static boolean sharesSubject(StudentGroup.Signature student, TutorCandidate tutor) {
    return tutor.programmes().contains(student.programme())
        || student.researchArea().map(tutor.researchAreas()::contains).orElse(false);
  }

  List<SoftGoalOutcome> outcomes(StudentGroup.Signature student, TutorCandidate tutor, boolean currentTutorValid) {
    List<SoftGoalOutcome> outcomes = new ArrayList<>(4);
    StaffId id = tutor.id();
    student.previousTutor().ifPresent(previous -> outcomes.add(previous.equals(id)
        ? SoftGoalOutcome.of(SoftGoal.CONTINUITY, true, 0, "keeps last year's tutor " + previous)
        : SoftGoalOutcome.of(SoftGoal.CONTINUITY, false, policy.continuityCost(),
            "last year's tutor " + previous + " not kept")));
    outcomes.add(subjectMatch(student, tutor));
    if (!student.wishedTutors().isEmpty()) {
      outcomes.add(student.wishedTutors().contains(id)
          ? SoftGoalOutcome.of(SoftGoal.PREFERENCE, true, 0, "a stated preference is honoured")
          : SoftGoalOutcome.of(SoftGoal.PREFERENCE, false, policy.preferenceUnmetCost(),
              "none of the " + student.wishedTutors().size() + " preferred tutor(s) could be given"));
    }
    Optional<StaffId> current = student.currentTutor();
    if (current.isPresent() && currentTutorValid) {
      outcomes.add(current.get().equals(id)
          ? SoftGoalOutcome.of(SoftGoal.MINIMAL_DISRUPTION, true, 0, "stays with this year's tutor")
          : SoftGoalOutcome.of(SoftGoal.MINIMAL_DISRUPTION, false, policy.movePrice(),
              "moved from this year's tutor " + current.get()));
    }
    return outcomes;
  }

  private SoftGoalOutcome subjectMatch(StudentGroup.Signature student, TutorCandidate tutor) {
    if (tutor.programmes().contains(student.programme())) {
      return SoftGoalOutcome.of(SoftGoal.SUBJECT_MATCH, true, 0, "teaches on " + student.programme());
    }
    if (student.researchArea().isPresent() && tutor.researchAreas().contains(student.researchArea().get())) {
      return SoftGoalOutcome.of(SoftGoal.SUBJECT_MATCH, true, 0, "researches " + student.researchArea().get());
    }
    return SoftGoalOutcome.of(SoftGoal.SUBJECT_MATCH, false, policy.subjectMismatchCost(),
        "shares neither programme nor research area");
  }
}
