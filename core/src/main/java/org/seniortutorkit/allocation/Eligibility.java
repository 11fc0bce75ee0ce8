package org.seniortutorkit.allocation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.student.ComplexNeed;

/** The hard rules that judge one tutor for one group of students, before capacity. */
final class Eligibility {
  private final AllocationRequest request;

  Eligibility(AllocationRequest request) {
    this.request = request;
  }

  /** The first enforced rule the pair breaks, in {@link HardRule} order, or empty when the tutor is eligible. */
  Optional<HardRule> firstBrokenRule(TutorCandidate tutor, StudentGroup.Signature student) {
    Set<HardRule> broken = brokenRules(tutor, student);
    return broken.isEmpty() ? Optional.empty() : Optional.of(broken.iterator().next());
  }

  /**
   * The first enforced rule that keeps the tutor from every student whoever they are (on leave, workshop not
   * completed), or empty when the tutor could take tutees.
   */
  Optional<HardRule> unavailableBy(TutorCandidate tutor) {
    if (breaksTutorActive(tutor)) {
      return Optional.of(HardRule.TUTOR_ACTIVE);
    }
    return breaksWorkshopCompleted(tutor) ? Optional.of(HardRule.WORKSHOP_COMPLETED) : Optional.empty();
  }

  /** The same verdict as {@link #brokenRules} being empty, without allocating: it runs for every group and tutor. */
  boolean eligible(TutorCandidate tutor, StudentGroup.Signature student) {
    return !breaksTutorActive(tutor) && !breaksWorkshopCompleted(tutor) && !breaksSameDepartment(tutor, student)
        && !breaksComplexNeedsQualified(tutor, student) && !breaksNoConflictOfInterest(tutor, student);
  }

  /** Every enforced rule (other than capacity) that the pair breaks. */
  Set<HardRule> brokenRules(TutorCandidate tutor, StudentGroup.Signature student) {
    Set<HardRule> broken = EnumSet.noneOf(HardRule.class);
    if (breaksTutorActive(tutor)) {
      broken.add(HardRule.TUTOR_ACTIVE);
    }
    if (breaksWorkshopCompleted(tutor)) {
      broken.add(HardRule.WORKSHOP_COMPLETED);
    }
    if (breaksSameDepartment(tutor, student)) {
      broken.add(HardRule.SAME_DEPARTMENT);
    }
    if (breaksComplexNeedsQualified(tutor, student)) {
      broken.add(HardRule.COMPLEX_NEEDS_QUALIFIED);
    }
    if (breaksNoConflictOfInterest(tutor, student)) {
      broken.add(HardRule.NO_CONFLICT_OF_INTEREST);
    }
    return broken;
  }

  private boolean breaksTutorActive(TutorCandidate tutor) {
    return request.policy().enforces(HardRule.TUTOR_ACTIVE) && tutor.isOnLeaveIn(request.year());
  }

  private boolean breaksWorkshopCompleted(TutorCandidate tutor) {
    return request.policy().enforces(HardRule.WORKSHOP_COMPLETED)
        && !tutor.completedWorkshopBefore(request.allocationDate());
  }

  private boolean breaksSameDepartment(TutorCandidate tutor, StudentGroup.Signature student) {
    return request.policy().enforces(HardRule.SAME_DEPARTMENT) && !tutor.belongsTo(student.department());
  }

  private boolean breaksComplexNeedsQualified(TutorCandidate tutor, StudentGroup.Signature student) {
    return request.policy().enforces(HardRule.COMPLEX_NEEDS_QUALIFIED) && !student.needs().isEmpty()
        && !qualified(tutor, student);
  }

  private boolean breaksNoConflictOfInterest(TutorCandidate tutor, StudentGroup.Signature student) {
    return request.policy().enforces(HardRule.NO_CONFLICT_OF_INTEREST)
        && student.conflictingTutors().contains(tutor.id());
  }

  private boolean qualified(TutorCandidate tutor, StudentGroup.Signature student) {
    for (ComplexNeed need : student.needs()) {
      if (!request.policy().qualificationFor(need).qualifies(tutor, need)) {
        return false;
      }
    }
    return true;
  }
}
