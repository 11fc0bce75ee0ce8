package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.seniortutorkit.institution.AcademicYear;
import org.seniortutorkit.kernel.StaffId;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.InvalidValueException;
import org.seniortutorkit.kernel.SelfValidating;

/**
 * Everything one allocation run needs: the year and date, the students in scope, the tutor candidates, the
 * Senior Tutor's pinned assignments and declared conflicts, and the policy. For a re-allocation (late students,
 * a tutor going on leave, a changed capacity) also give this year's {@link #currentAssignments()}: the engine
 * keeps every one that is still valid unless moving it saves more than {@link AllocationPolicy#movePrice()}.
 *
 * <p>Refused at the door ({@link org.seniortutorkit.kernel.InvalidValueException}): duplicate student or tutor ids, a student pinned twice,
 * pins naming unknown students or tutors, and a pin that contradicts a declared conflict of interest.
 */
@Value.Immutable
@JsonSerialize(as = AllocationRequest.class)
@JsonDeserialize(as = AllocationRequest.class)
abstract class AllocationRequestDef implements SelfValidating {
  public abstract AcademicYear year();

  /** The date the allocation is made; workshop completion must precede it. */
  public abstract LocalDate allocationDate();

  public abstract List<StudentToPlace> students();

  public abstract List<TutorCandidate> tutors();

  /** Assignments fixed by the Senior Tutor ({@link HardRule#PINNED_KEPT}). */
  public abstract List<TutorStudentPair> pinned();

  /** Pairs that must not be assigned ({@link HardRule#NO_CONFLICT_OF_INTEREST}). */
  public abstract List<TutorStudentPair> conflictsOfInterest();

  /** This year's assignments so far, when re-allocating; empty for a fresh allocation. */
  public abstract List<TutorStudentPair> currentAssignments();

  @Value.Default
  public AllocationPolicy policy() {
    return AllocationPolicy.builder().build();
  }

  @Value.Check
  void idsAreUniqueAndPinsAreKnown() {
    Set<StudentId> students = unique(students(), StudentToPlace::id, "students", "must not repeat a student id");
    Set<StaffId> tutors = unique(tutors(), TutorCandidate::id, "tutors", "must not repeat a tutor id");
    unique(pinned(), TutorStudentPair::student, "pinned", "must pin a student at most once");
    unique(currentAssignments(), TutorStudentPair::student, "currentAssignments", "must name a student at most once");
    Set<TutorStudentPair> conflicts = new HashSet<>(conflictsOfInterest());
    for (TutorStudentPair pin : pinned()) {
      if (!students.contains(pin.student())) {
        throw InvalidValueException.of("AllocationRequest", "pinned.student", pin.student(), "must be one of the students");
      }
      if (!tutors.contains(pin.tutor())) {
        throw InvalidValueException.of("AllocationRequest", "pinned.tutor", pin.tutor(), "must be one of the tutors");
      }
      if (conflicts.contains(pin)) {
        throw InvalidValueException.of("AllocationRequest", "pinned", pin, "must not pin a declared conflict of interest");
      }
    }
  }

  private static <T, K> Set<K> unique(List<T> items, Function<T, K> key, String field, String rule) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      if (!seen.add(key.apply(item))) {
        throw InvalidValueException.of("AllocationRequest", field, key.apply(item), rule);
      }
    }
    return seen;
  }
}
