package org.seniortutorkit.allocation;

/**
 * A rule an allocation never breaks. Its {@link #name()} is the identifier that explanations, unplaced-student
 * reasons and moves cite (e.g. {@code COMPLEX_NEEDS_QUALIFIED}). A policy may relax some rules
 * ({@link AllocationPolicy#enforcedRules()}); {@link #CAPACITY} and {@link #PINNED_KEPT} always hold.
 */
public enum HardRule {
  /** The tutor is not on leave in the academic year being allocated. */
  TUTOR_ACTIVE("the tutor is active (not on leave) in the academic year"),
  /** The tutor completed the Introduction to Personal Tutoring workshop before the allocation date. */
  WORKSHOP_COMPLETED("the tutor completed the Introduction to Personal Tutoring workshop before the allocation date"),
  /** The tutor belongs to the student's department, or is named as an exception for it. */
  SAME_DEPARTMENT("the tutor belongs to the student's department (or is a named exception for it)"),
  /** The tutor has fewer tutees than floor(maxTutees x FTE). */
  CAPACITY("the tutor has a free place: at most floor(maxTutees x FTE) tutees"),
  /** A student with complex needs goes only to a tutor qualified for every one of them. */
  COMPLEX_NEEDS_QUALIFIED("the tutor is qualified (experience and training) for the student's complex needs"),
  /** A declared conflict of interest excludes the pair. */
  NO_CONFLICT_OF_INTEREST("no conflict of interest is declared between student and tutor"),
  /** An assignment pinned by the Senior Tutor is kept as it is. */
  PINNED_KEPT("an assignment pinned by the Senior Tutor is kept as it is");

  private final String meaning;

  HardRule(String meaning) {
    this.meaning = meaning;
  }

  /** The rule in words, for explanations and documentation. */
  public String meaning() {
    return meaning;
  }

  /** Whether a policy may switch this rule off. */
  public boolean canBeRelaxed() {
    return this != CAPACITY && this != PINNED_KEPT;
  }
}
