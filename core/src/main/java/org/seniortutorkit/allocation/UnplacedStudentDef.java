package org.seniortutorkit.allocation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Set;
import org.immutables.value.Value;
import org.seniortutorkit.kernel.StudentId;
import org.seniortutorkit.kernel.SpecialCategory;

/**
 * A student no allocation could place, with the smallest reason: the group of students competing for the same
 * few tutors (a Hall violator, read off the residual network's minimum cut), the tutors and their places, and
 * the rules that exclude every other tutor. The reason says that the students need a qualified tutor but never
 * which need, because it is printed beside the student's id; it is still kept out of {@code toString} and logs.
 */
@Value.Immutable
@ResultValue
@JsonSerialize(as = UnplacedStudent.class)
@JsonDeserialize(as = UnplacedStudent.class)
abstract class UnplacedStudentDef {
  public abstract StudentId student();

  /** The rules that narrow this student's tutors down to too few places; always includes CAPACITY. */
  public abstract Set<HardRule> limitingRules();

  /** How many students compete for the same tutors, how many places those tutors have, and how many go unplaced. */
  public abstract int competingStudents();

  public abstract int placesForThem();

  @SpecialCategory
  @Value.Redacted
  public abstract String reason();
}
