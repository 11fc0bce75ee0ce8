package org.seniortutorkit.allocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seniortutorkit.institution.StudyLevel;
import org.seniortutorkit.kernel.DepartmentId;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.student.ComplexNeed;

/**
 * Students the allocation cannot tell apart: same department, level, programme, research area, complex needs,
 * previous and current tutor, wished-for tutors and conflicts. One supply node in the network stands for all of
 * them, which is what keeps 300,000 students tractable.
 */
final class StudentGroup {
  /** Everything the rules and goals read about a student; equal signatures mean interchangeable students. */
  record Signature(
      DepartmentId department,
      StudyLevel level,
      String programme,
      Optional<String> researchArea,
      Set<ComplexNeed> needs,
      Optional<StaffId> previousTutor,
      Set<StaffId> wishedTutors,
      Set<StaffId> conflictingTutors,
      Optional<StaffId> currentTutor) {

    /** The same student without the tutors it names: what decides eligibility and subject costs. */
    Signature core() {
      return new Signature(department, level, programme, researchArea, needs, Optional.empty(), Set.of(),
          conflictingTutors, Optional.empty());
    }
  }

  final Signature signature;
  final List<Integer> students = new ArrayList<>();
  int[] eligibleTutors = new int[0];
  long[] arcCosts = new long[0];
  /** Students placed with each eligible tutor, filled by the solver. */
  int[] placed = new int[0];
  /** When some students stay unplaced: the groups and tutors of the smallest Hall violator containing this group. */
  HallViolator violator;

  StudentGroup(Signature signature) {
    this.signature = signature;
  }

  int size() {
    return students.size();
  }

  int placedCount() {
    int sum = 0;
    for (int count : placed) {
      sum += count;
    }
    return sum;
  }

  /** Groups and tutors reached from an unplaced group in the residual network: demand exceeds their places. */
  record HallViolator(int[] groups, int[] tutors) {}
}
